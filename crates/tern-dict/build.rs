//! Embeds tern's default dictionary set (`dictionaries/` at the workspace root): reads its
//! manifest and writes `$OUT_DIR/defaults.rs`, a table of `(part, name, include_str!(file))`.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // At run time, not `env!`: a build script compiled for one checkout may run for another.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("../../dictionaries");
    let manifest = root.join("tern-dictionaries.txt");
    println!("cargo:rerun-if-changed={}", manifest.display());
    let text = std::fs::read_to_string(&manifest)
        .unwrap_or_else(|e| panic!("reading {}: {e}", manifest.display()));
    let mut out = String::from(
        "/// tern's default dictionary files: (part, name shown in diagnostics, text).\n\
         pub(crate) const FILES: &[(crate::set::Part, &str, &str)] = &[\n",
    );
    for (no, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (key, files) = line.split_once('=').unwrap_or_else(|| {
            panic!(
                "{}:{}: expected `part = file, …`",
                manifest.display(),
                no + 1
            )
        });
        let part = match key.trim() {
            "verbs" => "Verbs",
            "actors" => "Actors",
            "agents" => "Agents",
            "discards" => "Discards",
            "issues" => "Issues",
            "tern" => "Tern",
            other => panic!("{}:{}: unknown part `{other}`", manifest.display(), no + 1),
        };
        for file in files.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            let path = root.join(file);
            let path = path
                .canonicalize()
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(
                out,
                "    (crate::set::Part::{part}, \"dictionaries/{file}\", include_str!({:?})),",
                path.display().to_string()
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
    let dst = Path::new(&std::env::var("OUT_DIR").unwrap()).join("defaults.rs");
    std::fs::write(dst, out).unwrap();
}
