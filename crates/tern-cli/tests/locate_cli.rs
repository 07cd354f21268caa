//! `tern code` places events: a place named in the sentence, else the story's dateline.
mod common;

#[test]
fn events_of_the_example_article_are_placed_in_belgrade() {
    let Some(shared) = common::shared() else {
        return;
    };
    let out = common::tern()
        .arg("code")
        .arg(shared.join("examples/articles/russia-serbia-defense-cooperation.txt"))
        .args(["--date", "2013-11-14", "--dictionaries"])
        .arg(shared.join("peers/petrarch2/dictionaries"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!events.is_empty());
    let in_belgrade = events
        .iter()
        .filter(|e| {
            let l = &e["location"];
            let (lat, lon) = (
                l["lat"].as_f64().unwrap_or(0.0),
                l["lon"].as_f64().unwrap_or(0.0),
            );
            // Belgrade is at about 44.80 N, 20.47 E; 0.3 degrees is well within 30 km here.
            l["precision"] == "city"
                && l["country"] == "SRB"
                && (lat - 44.80).abs() < 0.25
                && (lon - 20.47).abs() < 0.3
        })
        .count();
    assert!(
        in_belgrade * 2 > events.len(),
        "most events fall back to the Belgrade byline: {events:?}"
    );
}
