//! Random bytes and mutated lines of every format must never panic the readers, and every
//! span they report must slice the article text.

use proptest::prelude::*;
use tern_read::{read_bytes, InputFormat, Record};

const JSONL: &str = "{\"id\": \"a-1\", \"date\": \"2014-03-02\", \"title\": \"Talks\", \"text\": \"Kenya and Uganda resumed talks.\"}\n{\"id\": 2, \"text\": \"Police arrested 12 people in Lagos.\", \"url\": null}\n";
const XML: &str = "<Sentences>\n<!-- note -->\n<Config option=\"require_dyad\" value=\"false\"></Config>\n<Sentence date=\"20140302\" id=\"X-1\" category=\"T\">\n<Text>\nKenya offered to mediate &amp; talk.\n</Text>\n<Parse>(ROOT (S (NP (NNP Kenya))))</Parse>\n</Sentence>\n<Sentence id=\"Y_1\" date=\"20140303\"/>\n<Text>Quirky.</Text>\n</Sentence>\n</Sentences>\n";
const CONLLU: &str = "# newdoc id = d1\n# sent_id = d1-1\n1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n4.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
const TEXT: &str = "Rebels free hostages\n\nRebels free hostages\n\nBy Ana Kovač – Zagreb\n\nThe rebels freed ten hostages on Monday.\n\nTalks continue.\n";

fn check(name: &str, bytes: &[u8], format: InputFormat) {
    for r in read_bytes(name, bytes, format) {
        if let Record::Article(a) = r {
            for s in &a.segments {
                assert!(a.text.get(s.span.range()).is_some());
                for t in s.tokens.iter().flatten() {
                    assert!(a.text.get(t.range()).is_some());
                }
            }
        }
    }
}

const FORMATS: [(&str, InputFormat); 5] = [
    ("x.txt", InputFormat::Text),
    ("x.jsonl", InputFormat::Jsonl),
    ("x.xml", InputFormat::Xml),
    ("x.conllu", InputFormat::Conllu),
    ("-", InputFormat::Auto),
];

/// Applies byte edits (position, new byte, kind) to a sample.
fn mutate(sample: &str, edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut b = sample.as_bytes().to_vec();
    for &(pos, byte, kind) in edits {
        if b.is_empty() {
            b.push(byte);
            continue;
        }
        let i = pos % b.len();
        match kind % 4 {
            0 => b[i] = byte,
            1 => {
                b.remove(i);
            }
            2 => b.insert(i, byte),
            _ => {
                // Duplicate or drop a line around i.
                let start = b[..i]
                    .iter()
                    .rposition(|&c| c == b'\n')
                    .map_or(0, |p| p + 1);
                let end = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p + 1);
                let line = b[start..end].to_vec();
                if byte % 2 == 0 {
                    b.splice(start..start, line);
                } else {
                    b.drain(start..end);
                }
            }
        }
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), f in 0usize..5) {
        let (name, format) = FORMATS[f];
        check(name, &bytes, format);
    }

    #[test]
    fn mutated_samples_never_panic(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..12),
        which in 0usize..4,
        auto in any::<bool>(),
    ) {
        let sample = [TEXT, JSONL, XML, CONLLU][which];
        let (name, format) = FORMATS[which];
        let bytes = mutate(sample, &edits);
        check(name, &bytes, if auto { InputFormat::Auto } else { format });
        check("-", &bytes, InputFormat::Auto);
    }

    #[test]
    fn structural_text_never_panics(s in "[<>/{}\"#\t\n a-zA-Z0-9=&;:.-]{0,400}", f in 0usize..5) {
        let (name, format) = FORMATS[f];
        check(name, s.as_bytes(), format);
    }
}
