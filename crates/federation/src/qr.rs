//! QR code images of `otpauth://` URIs (IAM's `QRCodePNG`).

use qrcode::{Color, QrCode};

use crate::error::Error;

/// Pixels per QR module.
const MODULE_PIXELS: usize = 6;
/// Light modules around the symbol, as the QR specification requires.
const QUIET_ZONE_MODULES: usize = 4;

/// Renders `text` (normally an `otpauth://totp/...` URI) as a black-on-white PNG QR code.
pub fn qr_code_png(text: &str) -> Result<Vec<u8>, Error> {
    let code = QrCode::new(text.as_bytes())
        .map_err(|error| Error::Internal(format!("QR code encoding failed: {error}")))?;
    let modules = code.width();
    let colors = code.to_colors();
    let side_modules = modules + 2 * QUIET_ZONE_MODULES;
    let side = side_modules * MODULE_PIXELS;
    let mut pixels = vec![0xffu8; side * side];
    for (index, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let module_x = index % modules + QUIET_ZONE_MODULES;
        let module_y = index / modules + QUIET_ZONE_MODULES;
        for row in module_y * MODULE_PIXELS..(module_y + 1) * MODULE_PIXELS {
            let start = row * side + module_x * MODULE_PIXELS;
            if let Some(run) = pixels.get_mut(start..start + MODULE_PIXELS) {
                run.fill(0);
            }
        }
    }
    let side = u32::try_from(side).map_err(|_| Error::Internal("QR code too large".into()))?;
    encode_grayscale_png(side, &pixels)
}

fn encode_grayscale_png(side: u32, pixels: &[u8]) -> Result<Vec<u8>, Error> {
    let png_error =
        |error: png::EncodingError| Error::Internal(format!("PNG encoding failed: {error}"));
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(pixels).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_pixels_match_the_qr_modules() {
        let uri = "otpauth://totp/dev@123456789012?secret=MZXW6YTBOIMZXW6YTBOIMZXW6YTBOIAB";
        let bytes = qr_code_png(uri).unwrap();
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));

        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        let side = info.width as usize;
        assert_eq!(info.width, info.height);

        let code = QrCode::new(uri.as_bytes()).unwrap();
        let modules = code.width();
        assert_eq!(side, (modules + 2 * QUIET_ZONE_MODULES) * MODULE_PIXELS);
        let colors = code.to_colors();
        for y in 0..modules {
            for x in 0..modules {
                let px = (x + QUIET_ZONE_MODULES) * MODULE_PIXELS + MODULE_PIXELS / 2;
                let py = (y + QUIET_ZONE_MODULES) * MODULE_PIXELS + MODULE_PIXELS / 2;
                let dark = buffer[py * side + px] == 0;
                assert_eq!(
                    dark,
                    colors[y * modules + x] == Color::Dark,
                    "module {x},{y}"
                );
            }
        }
        // The quiet zone is white.
        assert!(
            buffer[..side * QUIET_ZONE_MODULES * MODULE_PIXELS]
                .iter()
                .all(|&p| p == 0xff)
        );
    }

    #[test]
    fn oversized_text_is_an_error_not_a_panic() {
        assert!(qr_code_png(&"x".repeat(10_000)).is_err());
    }
}
