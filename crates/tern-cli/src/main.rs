//! The `tern` command line: argument handling and wiring only; the work is in the libraries.
use clap::Parser;

#[derive(Parser)]
#[command(
    name = "tern",
    version,
    about = "Turns news into political event data (CAMEO, PLOVER)"
)]
enum Cli {}

fn main() {
    let _ = Cli::parse();
}
