//! The store end to end on hand-made stories: idempotent ingest, near-duplicate links,
//! filters, statistics, one-a-day, full-text and radius search, export grouping, errors.
use tern_core::{
    Article, Date, Doc, Event, EventActor, ExplainItem, Location, PloverFields, Precision,
    Sentence, Span,
};
use tern_store::{Filter, Near, NewArticle, Page, Period, Store, StoreError};

const PACT: &str =
    "BELGRADE — Serbia's defence minister met his Russian counterpart in Belgrade on \
Tuesday and the two signed an agreement on military cooperation, officials said. The deal covers \
joint exercises, the training of officers and the purchase of air defence systems over the next \
five years, according to a statement from the ministry.";

const FLOOD: &str = "NOVI SAD — Flooding along the Danube forced thousands of people from their \
homes in northern Serbia on Monday. The government declared a state of emergency in three \
districts as the river rose to its highest level in a decade, and Russia sent rescue teams.";

fn actor(text: &str, code: &str, needle: &str) -> EventActor {
    let start = text.find(needle).unwrap_or(0);
    EventActor::from_code(code, needle, Span::new(start, start + needle.len()))
}

fn event(
    text: &str,
    story: &str,
    date: &str,
    (src, s_word): (&str, &str),
    (tgt, t_word): (&str, &str),
    cameo: &str,
    place: Option<(&str, f64, f64)>,
) -> Event {
    let code = tern_cameo::event(cameo).unwrap();
    let verb = text.find("signed").unwrap_or(0);
    Event {
        story_id: story.into(),
        sentence_id: format!("{story}-1"),
        sentence_index: 0,
        date: Date::parse(date),
        source: actor(text, src, s_word),
        target: Some(actor(text, tgt, t_word)),
        cameo: cameo.into(),
        root_code: code.root.into(),
        quad_class: code.quad_class,
        penta_class: code.penta_class,
        goldstein: code.goldstein,
        plover: code.plover.as_ref().map(|p| PloverFields {
            event: p.event.into(),
            mode: p.mode.map(Into::into),
            context: p.contexts.iter().map(|c| c.to_string()).collect(),
        }),
        modality: None,
        negated: false,
        issues: vec!["MILITARY".into()],
        verb_span: Span::new(verb, verb + 6),
        location: place.map(|(name, lat, lon)| Location {
            name: name.into(),
            geonameid: 792680,
            country: "SRB".into(),
            admin1: None,
            lat,
            lon,
            precision: Precision::City,
        }),
        explain: vec![ExplainItem {
            role: "verb".into(),
            entry: "SIGN [057]".into(),
            file: Some("verbs.txt".into()),
            line: Some(12),
            tokens: Some((14, 15)),
        }],
    }
}

fn story(id: &str, date: &str, title: &str, text: &str, events: Vec<Event>) -> NewArticle {
    let mut a = Article::new(id, text);
    a.date = Date::parse(date);
    a.title = Some(title.into());
    a.source = Some("wire".into());
    a.url = Some(format!("https://news.example/{id}"));
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    let sentences = vec![
        Sentence {
            span: Span::new(0, end),
            ..Sentence::default()
        },
        Sentence {
            span: Span::new((end + 1).min(text.len()), text.len()),
            ..Sentence::default()
        },
    ];
    NewArticle::new(
        Doc {
            article: a,
            sentences,
        },
        events,
    )
}

fn pact(id: &str, date: &str, text: &str) -> NewArticle {
    let e = event(
        text,
        id,
        date,
        ("SRBGOVMIL", "defence minister"),
        ("RUSGOVMIL", "Russian counterpart"),
        "057",
        Some(("Belgrade", 44.80, 20.47)),
    );
    story(
        id,
        date,
        "Serbia and Russia sign defence pact",
        text,
        vec![e],
    )
}

fn flood(id: &str, date: &str) -> NewArticle {
    let e = event(
        FLOOD,
        id,
        date,
        ("RUS", "Russia"),
        ("SRB", "Serbia"),
        "070",
        Some(("Novi Sad", 45.25, 19.84)),
    );
    story(id, date, "Danube floods northern Serbia", FLOOD, vec![e])
}

#[test]
fn fts5_is_compiled_in() {
    let store = Store::open_in_memory().unwrap();
    let n = store
        .count(&Filter {
            text: Some("anything".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn ingesting_the_same_stories_twice_adds_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let batch = vec![pact("a1", "2024-03-05", PACT), flood("f1", "2024-03-04")];
    let first = store.ingest(&batch).unwrap();
    assert_eq!((first.new, first.already, first.events), (2, 0, 2));
    let second = store.ingest(&batch).unwrap();
    assert_eq!((second.new, second.already, second.events), (0, 2, 0));
    assert_eq!(store.counts().unwrap(), (2, 0, 2));
}

#[test]
fn a_republished_copy_is_linked_and_counted_once_and_other_stories_are_not() {
    let mut store = Store::open_in_memory().unwrap();
    let copy = PACT
        .replace("on Tuesday", "on Tuesday afternoon")
        .replace("officials said", "officials told reporters")
        .replace("BELGRADE — ", "BELGRADE (Reuters) - ");
    let report = store
        .ingest(&[
            pact("a1", "2024-03-05", PACT),
            flood("f1", "2024-03-05"),
            pact("a2", "2024-03-06", &copy),
        ])
        .unwrap();
    assert_eq!((report.new, report.duplicates), (3, 1));
    let links = store.duplicate_links().unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].story_id.as_str(), links[0].of_story_id.as_str()),
        ("a2", "a1")
    );
    assert!(links[0].similarity >= 0.6, "{}", links[0].similarity);
    let dyad = Filter {
        dyad: Some(("SRB".into(), "RUS".into())),
        ..Filter::default()
    };
    assert_eq!(store.count(&dyad).unwrap(), 1);
    assert_eq!(
        store
            .count(&Filter {
                all: true,
                ..dyad.clone()
            })
            .unwrap(),
        2
    );
    // An earlier copy arriving later becomes the cluster's root.
    let early = PACT.replace("officials said", "a spokesman said");
    let r = store.ingest(&[pact("a0", "2024-03-04", &early)]).unwrap();
    assert_eq!(r.duplicates, 0);
    let links = store.duplicate_links().unwrap();
    assert!(links.iter().all(|l| l.of_story_id == "a0"), "{links:?}");
    assert_eq!(links.len(), 2);
    let page = store.query(&dyad, Page::default()).unwrap();
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].event.story_id, "a0");
}

#[test]
fn filters_select_by_actor_prefix_code_dates_place_and_words() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(&[pact("a1", "2024-03-05", PACT), flood("f1", "2024-02-10")])
        .unwrap();
    let count = |f: Filter| store.count(&f).unwrap();
    let code = |s: &str| Some(s.to_string());
    assert_eq!(
        count(Filter {
            actor: code("rus"),
            ..Filter::default()
        }),
        2
    );
    assert_eq!(
        count(Filter {
            actor: code("RUSGOV"),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            source: code("RUS"),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            target: code("SRB"),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            cameo: code("05"),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            cameo: code("07"),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            quad: Some(2),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            plover: code("support"),
            ..Filter::default()
        }),
        1
    );
    let from = Date::parse("2024-03-01");
    assert_eq!(
        count(Filter {
            from,
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            to: Date::parse("2024-03-05"),
            from,
            ..Filter::default()
        }),
        1
    );
    // Belgrade is ~75 km from Novi Sad.
    let near = |km| Filter {
        near: Some(Near {
            lat: 44.82,
            lon: 20.46,
            km,
        }),
        ..Filter::default()
    };
    assert_eq!(count(near(30.0)), 1);
    assert_eq!(count(near(100.0)), 2);
    assert_eq!(
        count(Filter {
            text: code("Danube emergency"),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            text: code("defen*"),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            text: code("\"quoted (syntax"),
            ..Filter::default()
        }),
        0
    );
    let page = store
        .query(
            &Filter::default(),
            Page {
                limit: 1,
                offset: 1,
            },
        )
        .unwrap();
    assert_eq!(page.len(), 1);
    let e = &page[0].event;
    // Date order: the flood (February) first, then the pact.
    assert_eq!(e.story_id, "a1");
    assert_eq!(e.source.code, "SRBGOVMIL");
    assert_eq!(e.source.agent, "GOVMIL");
    assert_eq!(e.source.text, "defence minister");
    assert_eq!(
        e.location.as_ref().map(|l| l.name.as_str()),
        Some("Belgrade")
    );
    assert_eq!(e.explain[0].entry, "SIGN [057]");
    assert_eq!(e.issues, vec!["MILITARY".to_string()]);
    assert_eq!(e.plover.as_ref().map(|p| p.event.as_str()), Some("SUPPORT"));
}

#[test]
fn bad_filter_values_are_errors() {
    let store = Store::open_in_memory().unwrap();
    for f in [
        Filter {
            actor: Some("".into()),
            ..Filter::default()
        },
        Filter {
            actor: Some("RUS;DROP".into()),
            ..Filter::default()
        },
        Filter {
            quad: Some(5),
            ..Filter::default()
        },
        Filter {
            cameo: Some("05a".into()),
            ..Filter::default()
        },
        Filter {
            near: Some(Near {
                lat: 95.0,
                lon: 0.0,
                km: 10.0,
            }),
            ..Filter::default()
        },
        Filter {
            text: Some("  ".into()),
            ..Filter::default()
        },
        Filter {
            from: Date::parse("2024-02-01"),
            to: Date::parse("2024-01-01"),
            ..Filter::default()
        },
    ] {
        assert!(
            matches!(store.count(&f), Err(StoreError::BadFilter { .. })),
            "{f:?}"
        );
    }
}

#[test]
fn one_a_day_keeps_one_event_per_date_source_target_and_code() {
    let mut store = Store::open_in_memory().unwrap();
    let mut a = pact("a1", "2024-03-05", PACT);
    let again = a.events[0].clone();
    a.events.push(again);
    store.ingest(&[a]).unwrap();
    assert_eq!(store.count(&Filter::default()).unwrap(), 2);
    let one = Filter {
        one_a_day: true,
        ..Filter::default()
    };
    assert_eq!(store.count(&one).unwrap(), 1);
    assert_eq!(store.stats(&one, Period::Month).unwrap()[0].total, 1);
}

#[test]
fn stats_count_quad_classes_and_goldstein_per_period_with_gaps_filled() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(&[
            flood("f1", "2024-01-10"),
            pact("a1", "2024-03-05", PACT),
            flood("f2", "2024-03-06"),
        ])
        .unwrap_or_default();
    // f2 has f1's text: same hash, not stored again.
    let months = store.stats(&Filter::default(), Period::Month).unwrap();
    let labels: Vec<&str> = months.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["2024-01", "2024-02", "2024-03"]);
    assert_eq!(months[0].quad, [0, 1, 0, 0]);
    assert_eq!(months[1].total, 0);
    assert_eq!(months[2].quad, [1, 0, 0, 0]);
    let g = tern_cameo::event("057").unwrap().goldstein as f64;
    assert!((months[2].goldstein_sum - g).abs() < 1e-6);
    assert!((months[2].goldstein_mean() - g).abs() < 1e-6);
    let weeks = store.stats(&Filter::default(), Period::Week).unwrap();
    assert_eq!(weeks[0].label, "2024-01-08"); // the Monday of 2024-01-10
    assert_eq!(weeks.last().map(|w| w.label.as_str()), Some("2024-03-04"));
    let days = store.stats(&Filter::default(), Period::Day).unwrap();
    assert_eq!(days.len(), 56);
}

#[test]
fn stories_come_back_as_docs_with_their_events() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(&[pact("a1", "2024-03-05", PACT), flood("f1", "2024-03-04")])
        .unwrap();
    let mut seen = Vec::new();
    let n = store
        .for_each_story::<StoreError>(&Filter::default(), |doc, events| {
            let s = &doc.sentences[events[0].sentence_index];
            seen.push((
                doc.article.id.clone(),
                events.len(),
                doc.text_of(s.span).to_string(),
            ));
            assert_eq!(doc.text_of(events[0].source.span), events[0].source.text);
            Ok(())
        })
        .unwrap();
    assert_eq!(n, 2);
    assert_eq!(seen[0].0, "f1");
    assert!(seen[1]
        .2
        .starts_with("BELGRADE — Serbia's defence minister"));
    assert_eq!(seen[1].1, 1);
}

#[test]
fn missing_and_foreign_files_are_clear_errors() {
    let dir = std::env::temp_dir().join(format!("tern-store-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let missing = dir.join("none.db");
    assert!(matches!(
        Store::open_existing(&missing),
        Err(StoreError::Missing { .. })
    ));
    let junk = dir.join("junk.db");
    std::fs::write(&junk, vec![b'x'; 4096]).unwrap();
    let err = Store::open(&junk).unwrap_err();
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
    assert!(err.to_string().contains("junk.db"));
    let good = dir.join("good.db");
    let mut s = Store::open(&good).unwrap();
    s.ingest(&[flood("f1", "2024-03-04")]).unwrap();
    drop(s);
    let s = Store::open_existing(&good).unwrap();
    assert_eq!(s.counts().unwrap(), (1, 0, 1));
    std::fs::remove_dir_all(&dir).ok();
}

/// A `--near` page around a busy place (read in date order) and around a quiet one (read from
/// the box's index) both return exactly the events within the radius, in date order.
#[test]
fn near_pages_match_a_brute_force_scan_in_dense_and_sparse_areas() {
    let mut store = Store::open_in_memory().unwrap();
    tern_store::synth::generate(&mut store, 120_000, 7, |_| {}).unwrap();
    let all = store
        .query(
            &Filter::default(),
            Page {
                limit: u64::MAX,
                offset: 0,
            },
        )
        .unwrap();
    let places: Vec<(f64, f64)> = all
        .iter()
        .filter_map(|e| e.event.location.as_ref().map(|l| (l.lat, l.lon)))
        .collect();
    // The busiest place: the most frequent location (synthetic events cluster at cities).
    let mut counts: std::collections::HashMap<(i64, i64), (usize, (f64, f64))> =
        std::collections::HashMap::new();
    for &(lat, lon) in &places {
        let c = counts
            .entry(((lat * 10.0) as i64, (lon * 10.0) as i64))
            .or_insert((0, (lat, lon)));
        c.0 += 1;
    }
    let busiest = counts.values().max_by_key(|c| c.0).unwrap().1;
    for (lat, lon, km) in [
        (busiest.0, busiest.1, 50.0),
        (busiest.0 + 7.3, busiest.1 - 11.1, 120.0),
    ] {
        let filter = Filter {
            near: Some(Near { lat, lon, km }),
            ..Filter::default()
        };
        let page = Page {
            limit: 100,
            offset: 10,
        };
        if km == 50.0 {
            // Enough events in the box for the date-order plan (see DENSE_NEAR).
            assert!(store.count(&filter).unwrap() >= 2_200);
        }
        let got: Vec<i64> = store
            .query(&filter, page)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        let want: Vec<i64> = all
            .iter()
            .filter(|e| {
                e.event
                    .location
                    .as_ref()
                    .is_some_and(|l| tern_store::haversine_km(lat, lon, l.lat, l.lon) <= km)
            })
            .skip(10)
            .take(100)
            .map(|e| e.id)
            .collect();
        assert_eq!(got, want, "near {lat},{lon},{km}");
    }
}
