//! The logo as the site publishes it: hostile SVGs (one base drawing plus one hostile piece each)
//! come out as shapes alone with every hostile piece named, text becomes outlines, and PNG and
//! WebP files are encoded again, and refused when their bytes are not the format their name says.

use ladder::site::logo::{publish_logo, rewrite_svg, system_fonts, LogoError};
use std::sync::Arc;
use usvg::fontdb::Database;

/// A drawing every fixture shares: one square, which must survive every rewrite.
fn with(hostile: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         viewBox=\"0 0 48 48\" width=\"48\" height=\"48\">\
         <rect id=\"x\" x=\"4\" y=\"4\" width=\"40\" height=\"40\" fill=\"#00695c\"/>{hostile}</svg>"
    )
}

/// The rewritten logo and the warning's list, for a fixture that must publish.
fn rewrite(svg: &str) -> (String, String) {
    let logo = rewrite_svg(svg, &system_fonts()).expect("the logo publishes");
    let out = String::from_utf8(logo.bytes).unwrap();
    // Scaled as the original was, and the square is still drawn, as a path.
    assert!(out.starts_with("<svg viewBox=\"0 0 48 48\" "), "{out}");
    assert!(out.contains("<path"), "{out}");
    assert!(
        out.contains("fill=\"#00695C\"") || out.contains("fill=\"#00695c\""),
        "{out}"
    );
    (out, logo.dropped.to_string())
}

#[test]
fn a_script_element_is_dropped_and_named() {
    let (out, dropped) = rewrite(&with("<script>alert(document.domain)</script>"));
    assert!(!out.contains("script"), "{out}");
    assert!(!out.contains("alert"), "{out}");
    assert_eq!(dropped, "a <script> element");
}

#[test]
fn event_handlers_are_dropped_and_named() {
    let svg = with("<circle cx=\"24\" cy=\"24\" r=\"4\" onclick=\"alert(1)\"/>")
        .replace("<svg ", "<svg onload=\"alert(2)\" ");
    let (out, dropped) = rewrite(&svg);
    assert!(
        !out.contains("onload") && !out.contains("onclick") && !out.contains("alert"),
        "{out}"
    );
    assert_eq!(dropped, "2 event handlers (onload, onclick)");
}

#[test]
fn a_foreign_object_with_html_is_dropped_and_named() {
    let (out, dropped) = rewrite(&with(
        "<foreignObject width=\"48\" height=\"48\"><div xmlns=\"http://www.w3.org/1999/xhtml\">\
         <iframe src=\"https://evil.example/\"></iframe></div></foreignObject>",
    ));
    assert!(
        !out.contains("foreignObject") && !out.contains("iframe") && !out.contains("evil"),
        "{out}"
    );
    assert_eq!(dropped, "a <foreignObject> element");
}

#[test]
fn an_image_from_another_address_is_dropped_and_named() {
    let (out, dropped) = rewrite(&with(
        "<image href=\"http://tracker.example/pixel.png\" width=\"4\" height=\"4\"/>",
    ));
    assert!(!out.contains("<image") && !out.contains("tracker"), "{out}");
    assert_eq!(
        dropped,
        "an outside reference (http://tracker.example/pixel.png)"
    );
}

#[test]
fn a_use_of_another_file_is_dropped_and_named() {
    let (out, dropped) = rewrite(&with("<use href=\"other.svg#x\"/>"));
    assert!(!out.contains("other.svg"), "{out}");
    assert_eq!(dropped, "an outside reference (other.svg#x)");
}

#[test]
fn a_reference_is_echoed_short_and_on_one_line() {
    let (_, dropped) = rewrite(&with(
        "<use href=\"x.svg#a&#10;framework.json: no problems&#9;!\"/>",
    ));
    assert_eq!(
        dropped,
        "an outside reference (x.svg#a?framework.json: no problems?!)"
    );
}

#[test]
fn a_stylesheet_from_elsewhere_is_dropped_and_named() {
    let svg = format!(
        "<?xml-stylesheet href=\"https://evil.example/a.css\"?>{}",
        with("<style>@import url(https://evil.example/b.css); @import 'c.css';</style>")
    );
    let (out, dropped) = rewrite(&svg);
    assert!(
        !out.contains("evil") && !out.contains("<?xml-stylesheet"),
        "{out}"
    );
    assert_eq!(
        dropped,
        "3 outside references (href=\"https://evil.example/a.css\", https://evil.example/b.css, c.css)"
    );
}

#[test]
fn a_javascript_link_is_dropped_and_named() {
    let (out, dropped) = rewrite(&with(
        "<a xlink:href=\"javascript:alert(document.cookie)\"><circle cx=\"24\" cy=\"24\" r=\"4\"/></a>",
    ));
    assert!(!out.contains("javascript") && !out.contains("<a"), "{out}");
    // The circle inside the link is still drawn: only the link goes.
    assert_eq!(out.matches("<path").count(), 2, "{out}");
    assert_eq!(
        dropped,
        "a link and an outside reference (javascript:alert(document.cookie))"
    );
}

#[test]
fn everything_at_once_is_named_in_one_warning() {
    let svg = with(
        "<script>1</script><script>2</script><image xlink:href=\"https://a.example/very/long/address/that/goes/on/and/on.png\"/>\
         <set attributeName=\"fill\" to=\"red\"/><rect width=\"1\" height=\"1\" fill=\"url(https://b.example/#g)\"/>",
    );
    let (out, dropped) = rewrite(&svg);
    assert!(!out.contains("example"), "{out}");
    assert_eq!(
        dropped,
        "2 <script> elements, an animation and 2 outside references (https://a.example/very/long/address/that…, https://b.example/#g)"
    );
}

#[test]
fn a_clean_drawing_drops_nothing() {
    let logo = rewrite_svg(&with(""), &system_fonts()).unwrap();
    assert!(logo.dropped.is_empty(), "{}", logo.dropped);
}

#[test]
fn the_example_logo_publishes_with_its_text_as_outlines() {
    let logo = rewrite_svg(
        include_str!("../../examples/frameworks/studio-logo.svg"),
        &system_fonts(),
    )
    .unwrap();
    assert!(logo.dropped.is_empty(), "{}", logo.dropped);
    let out = String::from_utf8(logo.bytes).unwrap();
    assert!(!out.contains("<text"), "{out}");
    assert!(out.starts_with("<svg viewBox=\"0 0 200 48\" "), "{out}");
    // Three bars, then the words "Example Studio" drawn as outlines: more paths than the bars.
    assert!(out.matches("<path").count() > 3, "{out}");
    // Without fonts the same file draws the bars alone: the text's outlines are most of it.
    let bars_only = rewrite_svg(
        include_str!("../../examples/frameworks/studio-logo.svg"),
        &Arc::new(Database::new()),
    )
    .unwrap();
    assert!(out.len() > 3 * bars_only.bytes.len(), "{out}");
}

#[test]
fn text_in_a_font_not_on_the_machine_is_dropped_and_named() {
    // No fonts at all: nothing can draw the text.
    let logo = rewrite_svg(
        &with("<text x=\"4\" y=\"30\" font-family=\"Brand Sans, sans-serif\">Studio</text>"),
        &Arc::new(Database::new()),
    )
    .unwrap();
    let out = String::from_utf8(logo.bytes).unwrap();
    assert!(!out.contains("Studio"), "{out}");
    assert!(out.contains("<path"), "{out}");
    assert_eq!(
        logo.dropped.to_string(),
        "text in a font not found on this machine (\"Brand Sans\", sans-serif)"
    );
}

#[test]
fn a_logo_that_is_not_svg_is_an_error_that_says_where() {
    let err = rewrite_svg(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>",
        &system_fonts(),
    )
    .unwrap_err();
    let LogoError::NotSvg(reason) = &err else {
        panic!("{err:?}");
    };
    assert!(reason.contains("1:"), "{reason}");
    assert_eq!(
        publish_logo("logo.svg", &[0xff, 0xfe, 0x00], &system_fonts()).unwrap_err(),
        LogoError::NotText
    );
}

/// A 2×1 PNG made here: one teal pixel and one transparent.
fn tiny_png(extra: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, 2, 1);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer
        .write_text_chunk(&png::text_metadata::TEXtChunk::new(
            "Comment",
            "<script>alert(1)</script>",
        ))
        .unwrap();
    writer
        .write_image_data(&[0, 0x69, 0x5c, 255, 0, 0, 0, 0])
        .unwrap();
    writer.finish().unwrap();
    out.extend_from_slice(extra);
    out
}

#[test]
fn a_png_is_decoded_and_encoded_again_keeping_only_its_pixels() {
    let given = tiny_png(b"<html><script>alert(1)</script></html>");
    let logo = publish_logo("logo.png", &given, &system_fonts()).unwrap();
    assert!(logo.bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    let text = String::from_utf8_lossy(&logo.bytes);
    assert!(
        !text.contains("script"),
        "no text chunk, nothing after the end"
    );
    let mut reader = png::Decoder::new(std::io::Cursor::new(&logo.bytes))
        .read_info()
        .unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    reader.next_frame(&mut pixels).unwrap();
    assert_eq!(pixels, [0, 0x69, 0x5c, 255, 0, 0, 0, 0]);
}

#[test]
fn a_file_named_png_or_webp_that_is_not_one_is_refused() {
    let html = b"<!doctype html><script>alert(document.domain)</script>";
    for (name, format) in [("logo.png", "PNG"), ("logo.webp", "WebP")] {
        assert_eq!(
            publish_logo(name, html, &system_fonts()).unwrap_err(),
            LogoError::NotTheFormat { format },
            "{name}"
        );
    }
    // A PNG named .webp is not a WebP either.
    assert_eq!(
        publish_logo("logo.webp", &tiny_png(b""), &system_fonts()).unwrap_err(),
        LogoError::NotTheFormat { format: "WebP" }
    );
}

/// A 2×1 lossless WebP made here (one teal pixel, one transparent), with `extra` after it.
fn tiny_webp(extra: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    image_webp::WebPEncoder::new(&mut out)
        .encode(
            &[0, 0x69, 0x5c, 255, 0, 0, 0, 0],
            2,
            1,
            image_webp::ColorType::Rgba8,
        )
        .unwrap();
    out.extend_from_slice(extra);
    out
}

#[test]
fn a_webp_is_decoded_and_encoded_again_keeping_only_its_pixels() {
    let logo = publish_logo("logo.webp", &tiny_webp(b""), &system_fonts()).unwrap();
    let mut decoder = image_webp::WebPDecoder::new(std::io::Cursor::new(&logo.bytes)).unwrap();
    let mut pixels = vec![0; decoder.output_buffer_size().unwrap()];
    decoder.read_image(&mut pixels).unwrap();
    assert_eq!(pixels, [0, 0x69, 0x5c, 255, 0, 0, 0, 0]);
    // A WebP container around a bitstream that is not an image cannot be decoded.
    let mut garbled = tiny_webp(b"");
    garbled[20] = 0;
    assert!(matches!(
        publish_logo("logo.webp", &garbled, &system_fonts()),
        Err(LogoError::BadWebp(_))
    ));
    // Bytes after the image are not a WebP's: refused, not carried along.
    assert_eq!(
        publish_logo("logo.webp", &tiny_webp(b"<script>"), &system_fonts()).unwrap_err(),
        LogoError::BadWebp("its RIFF chunks do not add up to the file".to_string())
    );
}

#[test]
fn a_logo_over_a_mebibyte_is_refused_unread() {
    let big = vec![b' '; 1024 * 1024 + 1];
    assert_eq!(
        publish_logo("logo.svg", &big, &system_fonts()).unwrap_err(),
        LogoError::TooLarge { bytes: big.len() }
    );
}
