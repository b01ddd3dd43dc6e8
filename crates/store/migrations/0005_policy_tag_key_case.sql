-- A managed policy's tag keys keep their case, `a` and `A` being two tags, as AWS's answers
-- show; the other resources' keys stay unique without case. key_lower is the form under
-- which a key is unique, so a policy's is now the key itself (keys that were unique without
-- case are unique with it too).
UPDATE tags SET key_lower = tag_key WHERE resource_kind = 'policy';
