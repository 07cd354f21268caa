use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// One side of an event: who acted, or who was acted upon.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    /// The full CAMEO actor code (`SRBGOVMIL`, `IGOUNO`, `---GOV`).
    pub code: String,
    /// Its country or international root, first three letters (`SRB`, `IGO`); `---` unknown.
    pub root: String,
    /// The agent (role) part after the root (`GOVMIL`), empty for a bare country.
    pub agent: String,
    /// The words of the original text the actor was found in.
    pub text: String,
    /// Where that text is in [`crate::Article::text`] (bytes).
    pub span: Span,
}

impl EventActor {
    /// Splits a code into root and agent. A new actor named by its text
    /// (`"THE GUILD OF WEAVERS"`, PETRARCH's `new_actor_length`) is all root, no agent.
    pub fn from_code(code: &str, text: impl Into<String>, span: Span) -> EventActor {
        let (root, agent) = if code.starts_with('"') {
            (code.to_string(), String::new())
        } else {
            (
                code.get(..3).unwrap_or(code).to_string(),
                code.get(3..).unwrap_or("").to_string(),
            )
        };
        EventActor {
            code: code.to_string(),
            root,
            agent,
            text: text.into(),
            span,
        }
    }
}

/// The PLOVER coding of an event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PloverFields {
    /// Event type (`SUPPORT`).
    pub event: String,
    /// Mode, if any.
    pub mode: Option<String>,
    /// Contexts.
    pub context: Vec<String>,
}

/// What made the coder code an event: each dictionary entry or rule that fired, with the
/// tokens it matched.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExplainItem {
    /// What this item decided: `verb`, `pattern`, `source`, `target`, `agent`, `rule`, …
    pub role: String,
    /// The dictionary entry or rule, as written (`- * AGREEMENT [057]`).
    pub entry: String,
    /// The dictionary file and 1-based line, when the item came from a dictionary.
    pub file: Option<String>,
    /// 1-based line in `file`.
    pub line: Option<usize>,
    /// Token range `[start, end)` in the sentence (0-based), when the item matched tokens.
    pub tokens: Option<(usize, usize)>,
}

/// A coded event: who did what to whom, with where it came from and why it was coded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Story (article) id.
    pub story_id: String,
    /// Sentence id (PETRARCH's `<Sentence id>`, else `<story>-<n>`).
    pub sentence_id: String,
    /// Index of the sentence in the document.
    pub sentence_index: usize,
    /// Story date.
    pub date: Option<Date>,
    /// The actor (PLOVER: actor; CAMEO: source).
    pub source: EventActor,
    /// The recipient (CAMEO: target), if any.
    pub target: Option<EventActor>,
    /// CAMEO event code (`057`).
    pub cameo: String,
    /// Two-digit CAMEO root (`05`).
    pub root_code: String,
    /// GDELT quad class, 1–4.
    pub quad_class: u8,
    /// Phoenix penta class, 0–4.
    pub penta_class: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// PLOVER coding, if the code has one.
    pub plover: Option<PloverFields>,
    /// Modality marked on the verb (`would`, `may`, `will`), if any.
    pub modality: Option<String>,
    /// True when the event is coded from a negated verb (CAMEO reject family, or kept as
    /// negated where the dictionaries say so).
    pub negated: bool,
    /// Issue codes found in the sentence.
    pub issues: Vec<String>,
    /// Where the verb is in the article text.
    pub verb_span: Span,
    /// Where it happened: a place named in the sentence, else the story's dateline.
    pub location: Option<Location>,
    /// Why this was coded.
    pub explain: Vec<ExplainItem>,
}

/// How precise a location is: which kind of place it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A whole country.
    Country,
    /// A first-level region (US state, UK nation).
    Region,
    /// A city, town or village.
    City,
}

/// Where an event happened, as event data records it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Place name (GeoNames English name).
    pub name: String,
    /// GeoNames id.
    pub geonameid: u32,
    /// ISO 3166-1 alpha-3 country code.
    pub country: String,
    /// GeoNames admin1 code within the country (`SE`, `TX`), when known.
    pub admin1: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Country, region or city.
    pub precision: Precision,
}

impl Location {
    /// Great-circle distance to a point, in kilometres.
    pub fn distance_km(&self, lat: f64, lon: f64) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), lat.to_radians());
        let dp = p2 - p1;
        let dl = (lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * 6371.0 * a.sqrt().clamp(0.0, 1.0).asin()
    }
}
