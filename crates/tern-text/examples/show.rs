//! Prints the sentences and tokens tern-text finds in a file: plain text, or JSON lines
//! with the body under a key.
//!
//! ```text
//! cargo run -p tern-text --example show -- article.txt
//! cargo run -p tern-text --example show -- news.jsonl text 20   # first 20 records
//! ```

use tern_core::Article;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: show FILE [JSON-KEY [LIMIT]]");
        std::process::exit(2);
    };
    let data = match std::fs::read_to_string(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let limit: usize = args
        .get(2)
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    let texts: Vec<String> = match args.get(1) {
        None => vec![data],
        Some(key) => data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get(key)?.as_str().map(str::to_string))
            .take(limit)
            .collect(),
    };
    for (n, text) in texts.iter().enumerate() {
        println!("=== {n}");
        if let Some((place, body)) = tern_text::find_dateline(text) {
            println!("dateline: {:?}, body at {body}", place.slice(text));
        }
        for s in tern_text::analyze(&Article::new(n.to_string(), text.as_str())) {
            let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
            println!("{}", forms.join(" "));
        }
    }
}
