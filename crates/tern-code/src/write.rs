//! Event sinks: JSON Lines (tern's own), Phoenix, PETRARCH2's event file and PLOVER JSON.
//!
//! Every writer takes the [`Doc`] the events were coded from, so that actor offsets can be
//! given in characters of the original text and the sentence text can be included.
use serde_json::{json, Value};
use std::io::{self, Write};
use tern_core::{Doc, Event, EventActor};

fn actor_json(doc: &Doc, a: &EventActor) -> Value {
    let (start, end) = if a.text.is_empty() {
        (Value::Null, Value::Null)
    } else {
        let (s, e) = a.span.to_chars(&doc.article.text);
        (json!(s), json!(e))
    };
    json!({
        "code": a.code,
        "root": a.root,
        "agent": a.agent,
        "text": a.text,
        "start": start,
        "end": end,
    })
}

fn sentence_text<'d>(doc: &'d Doc, e: &Event) -> &'d str {
    doc.sentences
        .get(e.sentence_index)
        .map_or("", |s| doc.text_of(s.span))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The JSON object of one event in tern's JSON Lines format.
pub fn event_json(doc: &Doc, e: &Event) -> Value {
    json!({
        "story_id": e.story_id,
        "sentence_id": e.sentence_id,
        "date": e.date.map(|d| d.to_string()),
        "source": actor_json(doc, &e.source),
        "target": e.target.as_ref().map(|t| actor_json(doc, t)),
        "cameo": e.cameo,
        "root_code": e.root_code,
        "quad_class": e.quad_class,
        "penta_class": e.penta_class,
        "goldstein": e.goldstein,
        "plover": e.plover.as_ref().map(|p| json!({"event": p.event, "mode": p.mode, "context": p.context})),
        "modality": e.modality,
        "negated": e.negated,
        "issues": e.issues,
        "location": e.location,
        "sentence": one_line(sentence_text(doc, e)),
        "explain": e.explain,
    })
}

/// Writes events as JSON Lines, one event a line.
///
/// # Errors
/// I/O errors of `w`.
pub fn jsonl(w: &mut dyn Write, doc: &Doc, events: &[Event]) -> io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut *w, &event_json(doc, e))?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// Writes events in the Phoenix dataset's tab-separated columns: EventID, Date, Year, Month,
/// Day, SourceActorFull, SourceActorEntity, SourceActorRole, SourceActorAttribute,
/// TargetActorFull, TargetActorEntity, TargetActorRole, TargetActorAttribute, EventCode,
/// EventRootCode, PentaClass, GoldsteinScore, Issues, Lat, Lon, LocationName, StateName,
/// CountryCode, SentenceID, URLs, NewsSources.
///
/// # Errors
/// I/O errors of `w`.
pub fn phoenix(w: &mut dyn Write, doc: &Doc, events: &[Event]) -> io::Result<()> {
    for (i, e) in events.iter().enumerate() {
        let (date, y, m, d) = match e.date {
            Some(d) => (
                d.compact(),
                d.year.to_string(),
                d.month.to_string(),
                d.day.to_string(),
            ),
            None => Default::default(),
        };
        let role = |a: &EventActor| a.agent.get(..3).unwrap_or(&a.agent).to_string();
        let attr = |a: &EventActor| a.agent.get(3..).unwrap_or("").to_string();
        let t = e.target.clone().unwrap_or_default();
        let (lat, lon, place, state, country) = match &e.location {
            Some(l) => (
                format!("{:.4}", l.lat),
                format!("{:.4}", l.lon),
                l.name.clone(),
                l.admin1.clone().unwrap_or_default(),
                l.country.clone(),
            ),
            None => Default::default(),
        };
        writeln!(
            w,
            "{}-{}\t{date}\t{y}\t{m}\t{d}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.1}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            e.sentence_id,
            i + 1,
            e.source.code,
            e.source.root,
            role(&e.source),
            attr(&e.source),
            t.code,
            t.root,
            role(&t),
            attr(&t),
            e.cameo,
            e.root_code,
            e.penta_class,
            e.goldstein,
            e.issues.join(";"),
            lat,
            lon,
            place,
            state,
            country,
            e.sentence_id,
            doc.article.url.as_deref().unwrap_or(""),
            doc.article.source.as_deref().unwrap_or(""),
        )?;
    }
    Ok(())
}

/// Writes events as PETRARCH2's event file does: date, source, target, code, sentence id,
/// issues, URL and source, tab-separated.
///
/// # Errors
/// I/O errors of `w`.
pub fn petrarch(w: &mut dyn Write, doc: &Doc, events: &[Event]) -> io::Result<()> {
    for e in events {
        writeln!(
            w,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            e.date.map(|d| d.compact()).unwrap_or_default(),
            e.source.code,
            e.target.as_ref().map_or("---", |t| t.code.as_str()),
            e.cameo,
            e.sentence_id,
            e.issues.join(";"),
            doc.article.url.as_deref().unwrap_or(""),
            doc.article.source.as_deref().unwrap_or(""),
        )?;
    }
    Ok(())
}

fn plover_entity(doc: &Doc, a: &EventActor) -> Value {
    let (s, e) = a.span.to_chars(&doc.article.text);
    json!({
        "code": a.root,
        "sector": a.agent,
        "entity_text": a.text,
        "cameo_code": a.code,
        "start": s,
        "end": e,
    })
}

/// Writes events as PLOVER JSON Lines (the manual's "PLOVER JSON" table): the required
/// `id`, `date`, `actor`, `event`, plus `recipient`, `event_text`, `quad_code`,
/// `event_scale`, `mode`, `context`, `text`, `text_info`, `cite_info`, `coder`,
/// `coded_date`, `has_event` and the CAMEO code in `comment`. Events whose CAMEO code has
/// no PLOVER equivalent (CAMEO 01, statements) are left out.
///
/// # Errors
/// I/O errors of `w`.
pub fn plover(w: &mut dyn Write, doc: &Doc, events: &[Event], coded_date: &str) -> io::Result<()> {
    for (i, e) in events.iter().enumerate() {
        let Some(p) = &e.plover else { continue };
        let sentence = sentence_text(doc, e);
        let (vs, ve) = e.verb_span.to_chars(&doc.article.text);
        let v = json!({
            "id": format!("{}-{}", e.sentence_id, i + 1),
            "has_event": true,
            "date": e.date.map(|d| d.to_string()),
            "actor": [plover_entity(doc, &e.source)],
            "recipient": e.target.iter().filter(|t| t.code != "---" || !t.text.is_empty()).map(|t| plover_entity(doc, t)).collect::<Vec<_>>(),
            "event": [p.event],
            "event_text": [doc.text_of(e.verb_span)],
            "event_loc": e.location,
            "quad_code": e.quad_class,
            "event_scale": e.goldstein,
            "mode": p.mode.iter().collect::<Vec<_>>(),
            "context": p.context,
            "text": one_line(sentence),
            "text_info": {"sequence": e.sentence_index + 1, "start": vs, "end": ve},
            "cite_info": {"story_id": e.story_id, "sentence_id": e.sentence_id, "url": doc.article.url, "source": doc.article.source},
            "coder": concat!("tern ", env!("CARGO_PKG_VERSION")),
            "coded_date": coded_date,
            "comment": format!("CAMEO {}", e.cameo),
        });
        serde_json::to_writer(&mut *w, &v)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}
