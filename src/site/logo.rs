//! A company's logo as the site publishes it: never the file as given. An SVG is parsed and
//! written again by usvg as plain shapes (no script, event handler, foreignObject, link,
//! animation or outside reference survives, and text becomes outlines), after a scan of the
//! original names what the rewrite drops so `ladder-site check` can say so. A PNG or a WebP is
//! decoded and encoded again (a WebP losslessly), so only its pixels are published. An SVG opened directly is a
//! document on the site's origin, which no meta policy covers: what it holds must not be able
//! to run.

use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};
use usvg::{fontdb, roxmltree};

/// The largest logo file read; a logo is a few kilobytes.
pub const MAX_LOGO_BYTES: usize = 1024 * 1024;
/// The largest PNG or WebP, in pixels a side, that is decoded.
const MAX_SIDE: u32 = 4096;
/// How much of a reference a warning shows.
const EXCERPT_CHARS: usize = 40;

/// The logo ready to publish, and what the rewrite left out of it.
#[derive(Debug)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub dropped: Dropped,
}

/// What a rewritten SVG no longer has, counted and named from the original.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub scripts: usize,
    /// Event handler attributes, by name (`onload`), once per attribute.
    pub handlers: Vec<String>,
    pub foreign_objects: usize,
    /// Elements from another namespace (an `html:iframe`), by local name.
    pub not_svg: Vec<String>,
    pub links: usize,
    pub animations: usize,
    /// References to anything outside the file (`http://…`, `other.svg#x`, `javascript:…`),
    /// each at most 40 characters, once each.
    pub outside: Vec<String>,
    /// Embedded images that are not PNG, JPEG, GIF or WebP (an embedded SVG among them).
    pub embedded: usize,
    /// The font families of text that no font here can draw.
    pub undrawn_text: Vec<String>,
}

impl Dropped {
    pub fn is_empty(&self) -> bool {
        *self == Dropped::default()
    }
}

/// Why a logo cannot be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoError {
    TooLarge {
        bytes: usize,
    },
    /// The extension names a format the bytes are not.
    NotTheFormat {
        format: &'static str,
    },
    NotText,
    /// roxmltree's or usvg's reason, which says where.
    NotSvg(String),
    BadPng(String),
    BadWebp(String),
    /// The rewritten copy still held something that can run or reach out: never published.
    NotClean,
}

impl fmt::Display for LogoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogoError::TooLarge { bytes } => write!(
                f,
                "is {bytes} bytes; a logo can be at most {MAX_LOGO_BYTES} bytes (1 MiB)"
            ),
            LogoError::NotTheFormat { format } => write!(
                f,
                "is not a {format} image, though its name says so (its first bytes are not {format}'s): export it again as {format}"
            ),
            LogoError::NotText => f.write_str("is not SVG text (it is not UTF-8; a compressed .svgz is not taken)"),
            LogoError::NotSvg(reason) => write!(f, "cannot be read as SVG: {reason}"),
            LogoError::BadPng(reason) => write!(f, "is a PNG that cannot be decoded: {reason}"),
            LogoError::BadWebp(reason) => write!(f, "is a WebP that cannot be decoded: {reason}"),
            LogoError::NotClean => f.write_str("still held something that could run after it was rewritten, so it is not published"),
        }
    }
}

impl fmt::Display for Dropped {
    /// The list of what was dropped, as one phrase: "a <script> element and 2 event handlers
    /// (onload, onclick)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut items = Vec::new();
        let counted = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(one.to_string()),
            n => Some(format!("{n} {many}")),
        };
        let named = |names: &[String], one: &str, many: &str| match names.len() {
            0 => None,
            1 => Some(format!("{one} ({})", names[0])),
            n => Some(format!("{n} {many} ({})", names.join(", "))),
        };
        items.extend(counted(
            self.scripts,
            "a <script> element",
            "<script> elements",
        ));
        items.extend(named(&self.handlers, "an event handler", "event handlers"));
        items.extend(counted(
            self.foreign_objects,
            "a <foreignObject> element",
            "<foreignObject> elements",
        ));
        items.extend(named(
            &self.not_svg,
            "an element that is not SVG",
            "elements that are not SVG",
        ));
        items.extend(counted(self.links, "a link", "links"));
        items.extend(counted(self.animations, "an animation", "animations"));
        items.extend(named(
            &self.outside,
            "an outside reference",
            "outside references",
        ));
        items.extend(counted(
            self.embedded,
            "an embedded image that is not PNG, JPEG, GIF or WebP",
            "embedded images that are not PNG, JPEG, GIF or WebP",
        ));
        items.extend(named(
            &self.undrawn_text,
            "text in a font not found on this machine",
            "texts in fonts not found on this machine",
        ));
        match items.len() {
            0 => f.write_str("nothing"),
            1 => f.write_str(&items[0]),
            n => write!(f, "{} and {}", items[..n - 1].join(", "), items[n - 1]),
        }
    }
}

/// The logo to publish from the file named `name` (its extension says the format; the loader
/// has already checked it is .svg, .png or .webp).
pub fn publish_logo(
    name: &str,
    bytes: &[u8],
    fonts: &Arc<fontdb::Database>,
) -> Result<Logo, LogoError> {
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(LogoError::TooLarge { bytes: bytes.len() });
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".png") {
        Ok(Logo {
            bytes: reencode_png(bytes)?,
            dropped: Dropped::default(),
        })
    } else if lower.ends_with(".webp") {
        Ok(Logo {
            bytes: reencode_webp(bytes)?,
            dropped: Dropped::default(),
        })
    } else {
        let text = std::str::from_utf8(bytes).map_err(|_| LogoError::NotText)?;
        rewrite_svg(text, fonts)
    }
}

/// The fonts on this machine, loaded once, with the generic families (`sans-serif`, …) pointed
/// at fonts that are really here, so that a logo's text in `system-ui, sans-serif` is drawn.
pub fn system_fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            let present = |wanted: &[&str]| -> Option<String> {
                let families: Vec<&str> = db
                    .faces()
                    .flat_map(|face| face.families.iter().map(|(name, _)| name.as_str()))
                    .collect();
                wanted
                    .iter()
                    .find(|w| families.contains(w))
                    .map(|w| w.to_string())
                    .or_else(|| families.first().map(|f| f.to_string()))
            };
            let sans = present(&["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial"]);
            let serif = present(&[
                "DejaVu Serif",
                "Liberation Serif",
                "Noto Serif",
                "Times New Roman",
            ]);
            let mono = present(&[
                "DejaVu Sans Mono",
                "Liberation Mono",
                "Noto Sans Mono",
                "Courier New",
            ]);
            if let Some(f) = sans {
                db.set_sans_serif_family(f);
            }
            if let Some(f) = serif {
                db.set_serif_family(f);
            }
            if let Some(f) = mono {
                db.set_monospace_family(f);
            }
            Arc::new(db)
        })
        .clone()
}

/// Parses the SVG once, names what will be dropped, and writes what usvg drew from it.
pub fn rewrite_svg(text: &str, fonts: &Arc<fontdb::Database>) -> Result<Logo, LogoError> {
    let options = roxmltree::ParsingOptions {
        // As usvg reads SVG; roxmltree still refuses entity expansion bombs.
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options)
        .map_err(|e| LogoError::NotSvg(e.to_string()))?;
    let mut dropped = scan(&doc);
    let undrawn = Mutex::new(Vec::<String>::new());
    let mut usvg_options = usvg::Options {
        // Nothing outside the file is read: no folder to resolve paths in, no file, no URL.
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(embedded_raster),
            resolve_string: Box::new(|_, _| None),
        },
        font_resolver: usvg::FontResolver {
            select_font: Box::new(|font, db| {
                let found = (usvg::FontResolver::default_font_selector())(font, db);
                if found.is_none() {
                    let families: Vec<String> =
                        font.families().iter().map(|f| f.to_string()).collect();
                    let named = excerpt(&families.join(", "));
                    let mut undrawn = undrawn
                        .lock()
                        .expect("the font resolver runs on this thread");
                    if !undrawn.contains(&named) {
                        undrawn.push(named);
                    }
                }
                found
            }),
            select_fallback: usvg::FontResolver::default_fallback_selector(),
        },
        fontdb: fonts.clone(),
        ..usvg::Options::default()
    };
    if let Some(serif) = serif_family(fonts) {
        usvg_options.font_family = serif;
    }
    let tree = usvg::Tree::from_xmltree(&doc, &usvg_options)
        .map_err(|e| LogoError::NotSvg(e.to_string()))?;
    // usvg writes the size alone; a viewBox lets the page scale the logo to the height it
    // gives it, as the original's would have.
    let size = tree.size();
    let written = tree.to_string(&usvg::WriteOptions::default()).replacen(
        "<svg ",
        &format!("<svg viewBox=\"0 0 {} {}\" ", size.width(), size.height()),
        1,
    );
    drop(usvg_options);
    dropped.undrawn_text = undrawn.into_inner().expect("no thread held the lock");
    // The rewrite is what makes the logo safe; this makes sure of it.
    let again = roxmltree::Document::parse(&written).map_err(|_| LogoError::NotClean)?;
    let left = scan(&again);
    if left.scripts + left.foreign_objects + left.links + left.animations + left.embedded > 0
        || !left.handlers.is_empty()
        || !left.outside.is_empty()
        || !left.not_svg.is_empty()
    {
        return Err(LogoError::NotClean);
    }
    Ok(Logo {
        bytes: written.into_bytes(),
        dropped,
    })
}

/// The family the database gives for `serif`, used where an SVG names no font (as browsers do).
fn serif_family(fonts: &fontdb::Database) -> Option<String> {
    let name = fonts.family_name(&fontdb::Family::Serif);
    fonts
        .faces()
        .any(|f| f.families.iter().any(|(n, _)| n == name))
        .then(|| name.to_string())
}

/// Embedded images are kept only when their bytes are the raster format they claim; an
/// embedded SVG is not (it would need the same scan, and a logo has no use for one).
fn embedded_raster(mime: &str, data: Arc<Vec<u8>>, _: &usvg::Options) -> Option<usvg::ImageKind> {
    match raster_format(&data)? {
        Raster::Png if mime == "image/png" => Some(usvg::ImageKind::PNG(data)),
        Raster::Jpeg if mime == "image/jpeg" || mime == "image/jpg" => {
            Some(usvg::ImageKind::JPEG(data))
        }
        Raster::Gif if mime == "image/gif" => Some(usvg::ImageKind::GIF(data)),
        Raster::Webp if mime == "image/webp" => Some(usvg::ImageKind::WEBP(data)),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Raster {
    Png,
    Jpeg,
    Gif,
    Webp,
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

fn raster_format(data: &[u8]) -> Option<Raster> {
    if data.starts_with(PNG_SIGNATURE) {
        Some(Raster::Png)
    } else if data.starts_with(&[0xff, 0xd8, 0xff]) {
        Some(Raster::Jpeg)
    } else if data.starts_with(b"GIF87a") || data.starts_with(b"GIF89a") {
        Some(Raster::Gif)
    } else if data.len() >= 12 && data.starts_with(b"RIFF") && &data[8..12] == b"WEBP" {
        Some(Raster::Webp)
    } else {
        None
    }
}

/// Names everything in the document that the rewrite will leave out (or that must not be in
/// a rewritten copy): the scan of the original, and the check of the result.
fn scan(doc: &roxmltree::Document) -> Dropped {
    const SVG: &str = "http://www.w3.org/2000/svg";
    const XLINK: &str = "http://www.w3.org/1999/xlink";
    let mut d = Dropped::default();
    let outside = |value: &str, d: &mut Dropped| {
        let e = excerpt(value.trim());
        if !d.outside.contains(&e) {
            d.outside.push(e);
        }
    };
    // A stylesheet named in a processing instruction is fetched when the file is opened.
    for pi in doc.root().descendants().filter_map(|n| n.pi()) {
        if pi.target == "xml-stylesheet" {
            outside(pi.value.unwrap_or_default(), &mut d);
        }
    }
    let mut skip_inside: Option<roxmltree::NodeId> = None;
    for node in doc.root().descendants().filter(|n| n.is_element()) {
        // What is inside a script or a foreignObject goes with it and is counted once.
        if let Some(id) = skip_inside {
            if node.ancestors().any(|a| a.id() == id) {
                continue;
            }
            skip_inside = None;
        }
        let tag = node.tag_name();
        let name = tag.name();
        if tag.namespace() != Some(SVG) {
            let n = name.to_string();
            if !d.not_svg.contains(&n) {
                d.not_svg.push(n);
            }
            skip_inside = Some(node.id());
            continue;
        }
        match name {
            "script" => {
                d.scripts += 1;
                skip_inside = Some(node.id());
                continue;
            }
            "foreignObject" => {
                d.foreign_objects += 1;
                skip_inside = Some(node.id());
                continue;
            }
            "a" => d.links += 1,
            "animate" | "set" | "animateTransform" | "animateMotion" | "animateColor"
            | "discard" => d.animations += 1,
            "style" => {
                let css: String = node
                    .children()
                    .filter_map(|c| c.text())
                    .collect::<Vec<_>>()
                    .join("");
                for target in css_urls(&css) {
                    outside(&target, &mut d);
                }
                // `@import "b.css"` names its file without url().
                for (at, _) in css.match_indices("@import") {
                    let rule = css[at + 7..].split(';').next().unwrap_or_default();
                    if !rule.contains("url(") {
                        outside(rule.trim().trim_matches(|c| c == '"' || c == '\''), &mut d);
                    }
                }
            }
            _ => {}
        }
        for attr in node.attributes() {
            let (ns, local, value) = (attr.namespace(), attr.name(), attr.value());
            if ns.is_none() && local.to_ascii_lowercase().starts_with("on") {
                d.handlers.push(local.to_string());
            } else if local == "href" && (ns.is_none() || ns == Some(XLINK)) {
                let value = value.trim();
                if let Some(data) = value.strip_prefix("data:") {
                    let raster = [
                        "image/png",
                        "image/jpeg",
                        "image/jpg",
                        "image/gif",
                        "image/webp",
                    ]
                    .iter()
                    .any(|m| data.starts_with(m));
                    if name != "image" || !raster {
                        d.embedded += 1;
                    }
                } else if !value.starts_with('#') {
                    outside(value, &mut d);
                }
            } else {
                for target in css_urls(value) {
                    outside(&target, &mut d);
                }
            }
        }
    }
    d
}

/// The targets of `url(…)` in a value or a stylesheet that are not a fragment of this file.
fn css_urls(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("url(") {
        rest = &rest[start + 4..];
        let end = rest.find(')').unwrap_or(rest.len());
        let target = rest[..end].trim().trim_matches(|c| c == '"' || c == '\'');
        if !target.starts_with('#') {
            found.push(target.to_string());
        }
        rest = &rest[end..];
    }
    found
}

/// At most 40 characters of outside text, cut at a character, with control characters (a line
/// break, a terminal escape) shown as `?`: a warning stays one line that says only what it says.
fn excerpt(text: &str) -> String {
    let shown = |c: char| if c.is_control() { '?' } else { c };
    let cut: String = text.chars().take(EXCERPT_CHARS).map(shown).collect();
    if text.chars().count() <= EXCERPT_CHARS {
        cut
    } else {
        format!("{cut}…")
    }
}

/// The PNG's pixels, decoded and encoded again: nothing but the image survives (no text
/// chunks, no bytes after the end), and bytes that are not a PNG are refused.
pub fn reencode_png(bytes: &[u8]) -> Result<Vec<u8>, LogoError> {
    if !bytes.starts_with(PNG_SIGNATURE) {
        return Err(LogoError::NotTheFormat { format: "PNG" });
    }
    let bad = |e: &dyn fmt::Display| LogoError::BadPng(excerpt(&e.to_string()));
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().map_err(|e| bad(&e))?;
    let (width, height) = (reader.info().width, reader.info().height);
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(LogoError::BadPng(format!(
            "it is {width}×{height} pixels; a logo can be at most {MAX_SIDE} a side"
        )));
    }
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| LogoError::BadPng("it is too large".to_string()))?;
    let mut pixels = vec![0; size];
    let frame = reader.next_frame(&mut pixels).map_err(|e| bad(&e))?;
    pixels.truncate(frame.buffer_size());
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, frame.width, frame.height);
    encoder.set_color(frame.color_type);
    encoder.set_depth(frame.bit_depth);
    let mut writer = encoder.write_header().map_err(|e| bad(&e))?;
    writer.write_image_data(&pixels).map_err(|e| bad(&e))?;
    writer.finish().map_err(|e| bad(&e))?;
    Ok(out)
}

/// The WebP's pixels, decoded and encoded again losslessly: nothing but the image survives.
/// First its container is checked: a RIFF file whose chunks fill it exactly, the first one an
/// image (`VP8 `, `VP8L` or `VP8X`), so bytes that are anything else, or carry more, are refused.
pub fn reencode_webp(bytes: &[u8]) -> Result<Vec<u8>, LogoError> {
    if raster_format(bytes) != Some(Raster::Webp) {
        return Err(LogoError::NotTheFormat { format: "WebP" });
    }
    let unfilled = || LogoError::BadWebp("its RIFF chunks do not add up to the file".to_string());
    let size = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    if size + 8 != bytes.len() {
        return Err(unfilled());
    }
    let mut at = 12;
    let mut first = true;
    while at < bytes.len() {
        let Some(header) = bytes.get(at..at + 8) else {
            return Err(unfilled());
        };
        let kind = &header[..4];
        if first && !matches!(kind, b"VP8 " | b"VP8L" | b"VP8X") {
            return Err(unfilled());
        }
        first = false;
        let len = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
        // Chunks are padded to an even length.
        at = at.checked_add(8 + len + (len & 1)).ok_or_else(unfilled)?;
    }
    if at != bytes.len() || first {
        return Err(unfilled());
    }
    let bad = |e: &dyn fmt::Display| LogoError::BadWebp(excerpt(&e.to_string()));
    let mut decoder =
        image_webp::WebPDecoder::new(std::io::Cursor::new(bytes)).map_err(|e| bad(&e))?;
    let (width, height) = decoder.dimensions();
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(LogoError::BadWebp(format!(
            "it is {width}×{height} pixels; a logo can be at most {MAX_SIDE} a side"
        )));
    }
    let size = decoder
        .output_buffer_size()
        .ok_or_else(|| LogoError::BadWebp("it is too large".to_string()))?;
    let mut pixels = vec![0; size];
    decoder.read_image(&mut pixels).map_err(|e| bad(&e))?;
    let colour = if decoder.has_alpha() {
        image_webp::ColorType::Rgba8
    } else {
        image_webp::ColorType::Rgb8
    };
    let mut out = Vec::new();
    image_webp::WebPEncoder::new(&mut out)
        .encode(&pixels, width, height, colour)
        .map_err(|e| bad(&e))?;
    Ok(out)
}
