-- wrk script: replays pre-signed raw HTTP requests.
--
-- BENCH_POOL    file of records "<byte length>\n<raw HTTP/1.1 request>"
-- BENCH_THREADS wrk's -t; thread k sends records k, k+T, k+2T, ... so that no request of a
--               pool of distinct writes is sent twice unless the pool runs out ("wraps").
-- done() prints one line "BENCH_RESULT {json}" for the driver. Answers of 400 and above are
-- counted by wrk itself: a response() callback would build a Lua table and strings for every
-- answer, and collecting that garbage beside a pool of 200,000 requests stalled wrk for up to
-- 45 ms at a time, which showed up as the server's latency.

local pool_path = os.getenv("BENCH_POOL")
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1")
local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

local function read_pool(path, keep, every)
   local file = assert(io.open(path, "rb"))
   local records, n = {}, 0
   while true do
      local size = file:read("*l")
      if not size or size == "" then break end
      local raw = file:read(tonumber(size))
      if n % every == keep then records[#records + 1] = raw end
      n = n + 1
   end
   file:close()
   return records
end

function init(args)
   pool = read_pool(pool_path, thread_index or 0, thread_count)
   if #pool == 0 then pool = read_pool(pool_path, 0, 1) end
   next_index, wraps = 0, 0
end

function request()
   next_index = next_index + 1
   if next_index > #pool then
      next_index, wraps = 1, wraps + 1
   end
   return pool[next_index]
end


function done(summary, latency, requests)
   local wraps_total = 0
   for _, thread in ipairs(threads) do
      wraps_total = wraps_total + (thread:get("wraps") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      'BENCH_RESULT {"requests":%d,"duration_us":%d,"status_errors":%d,"wraps":%d,' ..
      '"socket_errors":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d}\n',
      summary.requests, summary.duration, e.status, wraps_total,
      e.connect + e.read + e.write + e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency:percentile(99.9), latency.max))
end
