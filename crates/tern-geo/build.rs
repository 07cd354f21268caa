//! Inflates the committed gazetteer (`data/gazetteer.tsv.z`) into OUT_DIR at build time, so
//! that loading it at run time is parsing only.
use std::io::Read;
use std::path::PathBuf;

fn main() {
    let src = "data/gazetteer.tsv.z";
    println!("cargo:rerun-if-changed={src}");
    let bytes = std::fs::read(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut text = String::new();
    flate2::read::ZlibDecoder::new(&bytes[..])
        .read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{src}: cannot inflate: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dest = out.join("gazetteer.tsv");
    std::fs::write(&dest, text).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
