//! Sentence roles in the choice of key sentences: cue phrases, the kind of
//! text, headings, sentences that point back, and the one-sentence types.

use gisty::internals::{summarize, Request};
use gisty::{Block, BlockKind, Builder, Length, Options, Summary, SummaryType};

/// A paper's abstract: the opening sets the scene, the third sentence
/// states the point.
const ABSTRACT: &str = "\
Training deep networks in half precision saves memory and time on modern accelerators. \
Small gradient values underflow in half precision, which stalls training unless the loss is scaled by hand. \
In this paper, we propose adaptive loss scaling, which sets a loss scale for every layer during training. \
The scales are computed from the statistics of each layer's gradients at no extra cost. \
Experiments on image classification and translation show that the method converges faster than fixed scaling.";

/// A news story: the lead states the gist.
const STORY: &str = "\
The city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in its main span.
The bridge, built in 1931, carries about twelve thousand cars a day between the harbour district and the north shore.
Engineers said the cracks had grown quickly since the spring floods and that the span could no longer carry heavy loads.
Drivers will be sent over the ring road, which the council expects to add twenty minutes to a typical commute.
Some shop owners in the harbour district said they feared losing customers during the closure.
The mayor said a temporary ferry would run every fifteen minutes from next week.";

fn with_type(text: &str, summary_type: SummaryType) -> Summary {
    Builder::new()
        .summary_type(summary_type)
        .length(Length::Short)
        .summarize_text(text)
        .unwrap()
}

fn top(text: &str, k: usize) -> Summary {
    Builder::new()
        .max_sentences(k)
        .summarize_text(text)
        .unwrap()
}

fn indices(s: &Summary) -> Vec<usize> {
    s.sentences.iter().map(|x| x.index).collect()
}

#[test]
fn the_point_of_an_abstract_is_its_claim_not_its_opening() {
    let tldr = with_type(ABSTRACT, SummaryType::Tldr);
    assert_eq!(tldr.sentences.len(), 1);
    assert!(
        tldr.sentences[0]
            .text
            .starts_with("In this paper, we propose"),
        "{:?}",
        tldr.sentences[0].text
    );
    // In news, the lead is still the one best sentence.
    assert_eq!(indices(&with_type(STORY, SummaryType::Tldr)), [0]);
}

#[test]
fn a_short_tldr_is_the_sentence_one_key_point_would_be() {
    let how_to = "Backups fail more often than people think. \
        The bottom line: copy your files to a second disk every week and test a restore once a month. \
        Cloud services help, but they can lose data too. \
        Keep one copy offline.";
    for text in [ABSTRACT, STORY, how_to] {
        let tldr = with_type(text, SummaryType::Tldr);
        let one = top(text, 1);
        assert_eq!(tldr.sentences, one.sentences, "{text}");
        assert_eq!(tldr.summary, tldr.sentences[0].text);
        // And it is the best scored of the key points.
        let three = top(text, 3);
        let best = three
            .sentences
            .iter()
            .find(|x| x.score == 1.0)
            .map(|x| x.index);
        assert_eq!(best, Some(one.sentences[0].index), "{text}");
    }
    let tldr = with_type(how_to, SummaryType::Tldr);
    assert!(tldr.sentences[0].text.starts_with("The bottom line"));
}

#[test]
fn a_headline_is_a_short_statement_not_a_quote_or_a_question() {
    assert_eq!(indices(&with_type(STORY, SummaryType::Headline)), [0]);
    let text = "\"We have never seen cracks like these,\" one of the engineers told reporters at the harbour on Tuesday.
Will the old harbour bridge ever open again to the twelve thousand cars a day that used to cross it?
The city council has closed the old harbour bridge after engineers found deep cracks in its main span.
The bridge, built in 1931, carries about twelve thousand cars a day between the harbour district and the north shore.
Drivers will be sent over the ring road, which the council expects to add twenty minutes to a typical commute.";
    let headline = with_type(text, SummaryType::Headline);
    assert_eq!(indices(&headline), [2], "{:?}", headline.sentences);
}

#[test]
fn a_sentence_that_points_back_is_not_shown_alone() {
    // The second sentence is the most central, but "He" refers to the
    // first: alone, it would leave the reader asking who.
    let text = "Jonas Berg has run the harbour ferry for thirty years.
He says the harbour bridge closure will double the number of ferry passengers by the summer.
The harbour bridge closure was voted by the city council after engineers found cracks.
Ferry passengers will pay the same fares during the bridge closure, the council said.
The ferry runs every fifteen minutes from the harbour district to the north shore.";
    let one = top(text, 1);
    assert_ne!(indices(&one), [1], "{:?}", one.sentences);
    for k in 2..=5 {
        let s = top(text, k);
        let chosen = indices(&s);
        if chosen.contains(&1) {
            assert!(chosen.contains(&0), "k = {k}: {chosen:?}");
        }
    }
    // A sentence that names the text itself does not point back.
    let paper = "Ferries carry most of the harbour's passengers in winter. \
        This paper measures how ferry passenger numbers change when a bridge closes. \
        Counts were taken at both piers for two years.";
    let chosen = indices(&top(paper, 1));
    assert_eq!(chosen, [1]);
}

/// A page with headings: `sections` as (heading, paragraph) pairs.
fn page(sections: &[(&str, &str)]) -> (String, Vec<Block>) {
    let mut text = String::new();
    let mut blocks = Vec::new();
    for (heading, paragraph) in sections {
        for (part, kind) in [
            (heading, BlockKind::Heading),
            (paragraph, BlockKind::Paragraph),
        ] {
            if !text.is_empty() {
                text.push('\n');
            }
            let start = text.len();
            text.push_str(part);
            blocks.push(Block {
                range: start..text.len(),
                kind,
            });
        }
    }
    (text, blocks)
}

#[test]
fn sections_under_key_headings_count_more_and_asides_less() {
    let (text, blocks) = page(&[
        (
            "About the author",
            "Mara Quist writes about harbour bridges and the ferries that replace them for a living.",
        ),
        (
            "How the survey was done",
            "Engineers measured the cracks in the harbour bridge span every week for a year.",
        ),
        (
            "Conclusions",
            "The harbour bridge span must be replaced within two years, or the bridge closed to traffic.",
        ),
    ]);
    let request = Request {
        text: &text,
        blocks: &blocks,
        title: None,
        language_hint: Some("en"),
    };
    let options = |k| Options {
        max_sentences: Some(k),
        ..Options::default()
    };
    let one = summarize(&request, &options(1));
    assert!(
        one.sentences[0]
            .text
            .starts_with("The harbour bridge span must"),
        "{:?}",
        one.sentences
    );
    let two = summarize(&request, &options(2));
    assert!(
        two.sentences
            .iter()
            .all(|x| !x.text.starts_with("Mara Quist")),
        "{:?}",
        two.sentences
    );
}

#[test]
fn cue_phrases_work_in_other_languages() {
    let spanish = "El transporte público de la ciudad pierde pasajeros desde hace una década. \
        Los autobuses llegan tarde y las líneas no cubren los barrios nuevos. \
        En este artículo proponemos una red de autobuses rediseñada a partir de los viajes reales de los vecinos. \
        La red se probó durante seis meses en dos barrios.";
    let tldr = with_type(spanish, SummaryType::Tldr);
    assert!(tldr.sentences[0].text.starts_with("En este artículo"));
    let german = "Der öffentliche Nahverkehr der Stadt verliert seit zehn Jahren Fahrgäste. \
        Die Busse kommen zu spät, und die Linien erreichen die neuen Viertel nicht. \
        In dieser Arbeit schlagen wir ein neues Busnetz vor, das auf den tatsächlichen Fahrten der Bewohner beruht. \
        Das Netz wurde sechs Monate lang in zwei Vierteln erprobt.";
    let tldr = with_type(german, SummaryType::Tldr);
    assert!(tldr.sentences[0].text.starts_with("In dieser Arbeit"));
}
