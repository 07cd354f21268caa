//! Fixed tag inventories: Universal POS, Penn Treebank XPOS (as UD English uses it) and
//! Universal Dependencies relations (with the English subtypes). Tags are small integers so
//! that models and tokens stay compact; tables map them to and from their names.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

macro_rules! table_tag {
    ($(#[$m:meta])* $name:ident, $table:ident, $unknown:expr) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u8);

        impl $name {
            /// The tag with this name, if it is in the inventory.
            pub fn from_name(s: &str) -> Option<$name> {
                $table.iter().position(|t| *t == s).map(|i| $name(i as u8))
            }
            /// The tag with this name, or the catch-all tag.
            pub fn from_name_or_unknown(s: &str) -> $name {
                Self::from_name(s).unwrap_or($name($unknown))
            }
            /// Its name.
            pub fn as_str(self) -> &'static str {
                $table.get(self.0 as usize).copied().unwrap_or($table[$unknown as usize])
            }
            /// Number of tags in the inventory.
            pub const COUNT: usize = $table.len();
            /// Index in the inventory.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name($unknown)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let s = String::deserialize(d)?;
                Ok($name::from_name_or_unknown(&s))
            }
        }
    };
}

/// The 17 Universal POS tags; index 16 (`X`) is the catch-all.
pub const UPOS_TAGS: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

table_tag!(
    /// A Universal POS tag (index into [`UPOS_TAGS`]).
    Upos,
    UPOS_TAGS,
    16
);

impl Upos {
    /// `ADJ`
    pub const ADJ: Upos = Upos(0);
    /// `ADP`
    pub const ADP: Upos = Upos(1);
    /// `ADV`
    pub const ADV: Upos = Upos(2);
    /// `AUX`
    pub const AUX: Upos = Upos(3);
    /// `CCONJ`
    pub const CCONJ: Upos = Upos(4);
    /// `DET`
    pub const DET: Upos = Upos(5);
    /// `INTJ`
    pub const INTJ: Upos = Upos(6);
    /// `NOUN`
    pub const NOUN: Upos = Upos(7);
    /// `NUM`
    pub const NUM: Upos = Upos(8);
    /// `PART`
    pub const PART: Upos = Upos(9);
    /// `PRON`
    pub const PRON: Upos = Upos(10);
    /// `PROPN`
    pub const PROPN: Upos = Upos(11);
    /// `PUNCT`
    pub const PUNCT: Upos = Upos(12);
    /// `SCONJ`
    pub const SCONJ: Upos = Upos(13);
    /// `SYM`
    pub const SYM: Upos = Upos(14);
    /// `VERB`
    pub const VERB: Upos = Upos(15);
    /// `X`
    pub const X: Upos = Upos(16);
}

/// Penn Treebank tags as UD English EWT uses them (plus `XX`); index 0 (`XX`) is the
/// catch-all.
pub const XPOS_TAGS: [&str; 51] = [
    "XX", "NN", "IN", "DT", "NNP", "PRP", "JJ", ".", "RB", "VB", "NNS", ",", "CC", "VBP", "VBD",
    "VBZ", "CD", "VBN", "VBG", "MD", "TO", "PRP$", "-RRB-", "-LRB-", "WDT", ":", "WRB", "``", "WP",
    "''", "RP", "UH", "HYPH", "POS", "NNPS", "JJS", "JJR", "NFP", "ADD", "EX", "RBR", "GW", "$",
    "SYM", "PDT", "FW", "RBS", "LS", "AFX", "WP$", "#",
];

table_tag!(
    /// A Penn Treebank POS tag (index into [`XPOS_TAGS`]).
    Xpos,
    XPOS_TAGS,
    0
);

/// Universal Dependencies relations with the subtypes UD English uses (current and recent
/// releases); index 0 (`dep`) is the catch-all.
pub const DEPRELS: [&str; 60] = [
    "dep",
    "punct",
    "case",
    "nsubj",
    "det",
    "root",
    "advmod",
    "obj",
    "amod",
    "obl",
    "conj",
    "compound",
    "mark",
    "nmod",
    "cc",
    "aux",
    "cop",
    "advcl",
    "nmod:poss",
    "xcomp",
    "ccomp",
    "flat",
    "acl:relcl",
    "parataxis",
    "appos",
    "nummod",
    "acl",
    "aux:pass",
    "nsubj:pass",
    "obl:unmarked",
    "nmod:unmarked",
    "discourse",
    "list",
    "compound:prt",
    "iobj",
    "expl",
    "fixed",
    "nmod:desc",
    "obl:agent",
    "csubj",
    "nsubj:outer",
    "det:predet",
    "vocative",
    "goeswith",
    "advcl:relcl",
    "cc:preconj",
    "reparandum",
    "orphan",
    "csubj:pass",
    "dislocated",
    "csubj:outer",
    "obl:tmod",
    "obl:npmod",
    "nmod:tmod",
    "nmod:npmod",
    "flat:foreign",
    "det:poss",
    "expl:pv",
    "clf",
    "flat:name",
];

table_tag!(
    /// A dependency relation (index into [`DEPRELS`]).
    DepRel,
    DEPRELS,
    0
);

impl DepRel {
    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn base(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }
    /// `root`
    pub const ROOT: DepRel = DepRel(5);
    /// `punct`
    pub const PUNCT: DepRel = DepRel(1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknowns_fall_back() {
        for (i, name) in DEPRELS.iter().enumerate() {
            assert_eq!(DepRel::from_name(name), Some(DepRel(i as u8)));
        }
        assert_eq!(DepRel::from_name_or_unknown("nsubj:pass").base(), "nsubj");
        assert_eq!(DepRel::from_name_or_unknown("bogus").as_str(), "dep");
        assert_eq!(Xpos::from_name("PRP$").unwrap().as_str(), "PRP$");
        assert_eq!(Upos::from_name("PROPN"), Some(Upos::PROPN));
        assert_eq!(Upos::default(), Upos::X);
        assert_eq!(DepRel::ROOT.as_str(), "root");
        assert_eq!(DepRel::PUNCT.as_str(), "punct");
    }
}
