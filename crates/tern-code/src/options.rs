//! Coder options and the PETRARCH `<Config>` overrides.

/// How the coder behaves. [`CoderOptions::default`] is PETRARCH2's default behaviour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoderOptions {
    /// Only keep events with both a source and a target (PETRARCH `require_dyad`, default
    /// true). When false, an event with a source and no target is written with target `---`.
    pub require_dyad: bool,
    /// PETRARCH `new_actor_length`: when above 0, a noun phrase with no dictionary actor or
    /// agent, of at most this many words, becomes an actor coded by its upper-cased text in
    /// double quotes (`"THE GUILD OF WEAVERS"`). 0 (default) disables it.
    pub new_actor_length: usize,
    /// Cooperative codes (CAMEO roots 03–06, as PETRARCH2's `get_events`) whose source is a
    /// compound and that have no target give events in both directions between the
    /// compound's members (statements and appeals, 01 and 02, are not exchanges between the
    /// speakers).
    pub compound_both_directions: bool,
    /// Resolve pronouns (`he`, `its`, `they`) to the last actor coded in the story.
    pub pronouns: bool,
    /// Keep every PETRARCH2 placeholder statement (`010`: a reporting verb with nothing more
    /// specific). Off by default: then a sentence's `010` is written only when it has no other
    /// event and both sides are known actors (`Serbia said …` about Kosovo); those with an
    /// unknown side (`police said …`, `the radio said …`) were two thirds of the `010`s on a day
    /// of news and noise.
    pub statements: bool,
    /// Under tern's own verb files, keep an event without a target (written `---`) when its
    /// source is a known actor: a country, organization or person, not an agent alone
    /// (`---LAB`) or a new actor. On by default: news names who acted more often than whom
    /// (ConfliBERT's news sentences 70.9 → 79 % right, PLOVER dev 67.7 → 72 %). PETRARCH
    /// verb files keep PETRARCH2's `require_dyad` whatever this says.
    pub known_source_monads: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            require_dyad: true,
            new_actor_length: 0,
            compound_both_directions: true,
            pronouns: true,
            statements: false,
            known_source_monads: true,
        }
    }
}

fn truthy(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}

impl CoderOptions {
    /// These options with an article's `<Config option= value=>` settings applied, in order.
    ///
    /// Honoured: `require_dyad`, `new_actor_length`. Accepted and ignored (they tune
    /// PETRARCH's treatment of comma-delimited clauses in a Penn tree, which tern's dependency
    /// trees make unnecessary; see docs/coding.md): `comma_min`, `comma_max`, `comma_bmin`,
    /// `comma_bmax`, `comma_emin`, `comma_emax`, `stop_on_error`.
    pub fn with_config(&self, config: &[(String, String)]) -> CoderOptions {
        let mut o = self.clone();
        for (k, v) in config {
            match k.trim().to_ascii_lowercase().as_str() {
                "require_dyad" => {
                    if let Some(b) = truthy(v) {
                        o.require_dyad = b;
                    }
                }
                "new_actor_length" => {
                    if let Ok(n) = v.trim().parse() {
                        o.new_actor_length = n;
                    }
                }
                _ => {}
            }
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_overrides_apply_in_order() {
        let cfg = vec![
            ("require_dyad".to_string(), "False".to_string()),
            ("new_actor_length".to_string(), "4".to_string()),
            ("comma_max".to_string(), "8".to_string()),
            ("require_dyad".to_string(), "bogus".to_string()),
        ];
        let o = CoderOptions::default().with_config(&cfg);
        assert!(!o.require_dyad);
        assert_eq!(o.new_actor_length, 4);
    }
}
