//! Sentence segmentation: the hard cases, per language.

use gisty::internals::sentences;

fn split<'a>(text: &'a str, language: &str) -> Vec<&'a str> {
    sentences(text, Some(language))
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn english_abbreviations_prices_and_times() {
    assert_eq!(
        split(
            "Mr. Smith paid $3.50 at 5 p.m. in the U.S. yesterday. He left.",
            "en"
        ),
        [
            "Mr. Smith paid $3.50 at 5 p.m. in the U.S. yesterday.",
            "He left."
        ]
    );
    assert_eq!(
        split(
            "See e.g. the report. Prices rose 3.5% in Jan. 2020, and No. 10 said so.",
            "en"
        ),
        [
            "See e.g. the report.",
            "Prices rose 3.5% in Jan. 2020, and No. 10 said so."
        ]
    );
    assert_eq!(
        split("Dr. Jones met Gov. Brown at St. Paul's church.", "en"),
        ["Dr. Jones met Gov. Brown at St. Paul's church."]
    );
}

#[test]
fn english_abbreviation_at_a_sentence_end() {
    assert_eq!(
        split("He moved to the U.S. The next year he came back.", "en"),
        ["He moved to the U.S.", "The next year he came back."]
    );
    assert_eq!(
        split("The shop closes at 5 p.m. It opens at nine.", "en"),
        ["The shop closes at 5 p.m.", "It opens at nine."]
    );
    assert_eq!(
        split("The U.S. President spoke at Acme Inc. headquarters.", "en"),
        ["The U.S. President spoke at Acme Inc. headquarters."]
    );
}

#[test]
fn initials_stay_with_the_name() {
    assert_eq!(
        split("J. R. R. Tolkien wrote it. It sold well.", "en"),
        ["J. R. R. Tolkien wrote it.", "It sold well."]
    );
    assert_eq!(
        split("John F. Kennedy spoke. Crowds cheered.", "en"),
        ["John F. Kennedy spoke.", "Crowds cheered."]
    );
}

#[test]
fn quotes_brackets_and_ellipses() {
    assert_eq!(
        split("\"He left.\" She stayed.", "en"),
        ["\"He left.\"", "She stayed."]
    );
    assert_eq!(
        split("She said: “We won.” Then she sat down.", "en"),
        ["She said: “We won.”", "Then she sat down."]
    );
    assert_eq!(
        split(
            "Wait... What happened? Nothing! (It was fine.) Then we left.",
            "en"
        ),
        [
            "Wait...",
            "What happened?",
            "Nothing!",
            "(It was fine.)",
            "Then we left."
        ]
    );
    // Text tokenized and re-spaced: the detached closing quote goes with
    // the quoted sentence.
    assert_eq!(
        split("' I agree . ' The vote passed.", "en"),
        ["' I agree . '", "The vote passed."]
    );
}

#[test]
fn lines_are_units_and_sentences_never_span_them() {
    assert_eq!(
        split(
            "Tides explained\nThe moon pulls the sea. The sun does too\nSpring tides",
            "en"
        ),
        [
            "Tides explained",
            "The moon pulls the sea.",
            "The sun does too",
            "Spring tides"
        ]
    );
}

#[test]
fn german() {
    assert_eq!(
        split(
            "Am 3. Oktober feiert Deutschland. Das ist z.B. ein Feiertag.",
            "de"
        ),
        [
            "Am 3. Oktober feiert Deutschland.",
            "Das ist z.B. ein Feiertag."
        ]
    );
    assert_eq!(
        split(
            "Dr. Müller wohnt in der Hauptstr. 5 in Berlin. Er kam spät.",
            "de"
        ),
        [
            "Dr. Müller wohnt in der Hauptstr. 5 in Berlin.",
            "Er kam spät."
        ]
    );
}

#[test]
fn french() {
    assert_eq!(
        split(
            "M. Dupont est arrivé. Il a dit : « C'est fini. » Puis il est parti.",
            "fr"
        ),
        [
            "M. Dupont est arrivé.",
            "Il a dit : « C'est fini. »",
            "Puis il est parti."
        ]
    );
}

#[test]
fn spanish_italian_portuguese() {
    assert_eq!(
        split("¿Dónde está el Sr. García? No lo sé. ¡Qué lástima!", "es"),
        ["¿Dónde está el Sr. García?", "No lo sé.", "¡Qué lástima!"]
    );
    assert_eq!(
        split("Il dott. Rossi è arrivato. Poi è partito.", "it"),
        ["Il dott. Rossi è arrivato.", "Poi è partito."]
    );
    assert_eq!(
        split("O Sr. Silva chegou cedo. Depois saiu.", "pt"),
        ["O Sr. Silva chegou cedo.", "Depois saiu."]
    );
}

#[test]
fn dutch_and_nordic() {
    assert_eq!(
        split("Dhr. Jansen kwam o.a. uit Utrecht. Hij bleef.", "nl"),
        ["Dhr. Jansen kwam o.a. uit Utrecht.", "Hij bleef."]
    );
    assert_eq!(
        split("Han kom t.ex. i går. Sedan gick han.", "sv"),
        ["Han kom t.ex. i går.", "Sedan gick han."]
    );
    assert_eq!(
        split("Hun kom f.eks. i går. Så gik hun.", "da"),
        ["Hun kom f.eks. i går.", "Så gik hun."]
    );
    assert_eq!(
        split("Han kom 17. Mai til Oslo. Det var fint.", "no"),
        ["Han kom 17. Mai til Oslo.", "Det var fint."]
    );
    assert_eq!(
        split("Hän syntyi 5. toukokuuta. Sitten hän muutti.", "fi"),
        ["Hän syntyi 5. toukokuuta.", "Sitten hän muutti."]
    );
}

#[test]
fn russian_polish_turkish() {
    assert_eq!(
        split(
            "А. С. Пушкин родился в 1799 г. в Москве. Он был поэтом.",
            "ru"
        ),
        ["А. С. Пушкин родился в 1799 г. в Москве.", "Он был поэтом."]
    );
    assert_eq!(
        split(
            "Prof. Nowak mieszka przy ul. Długiej 5. To jest np. dom.",
            "pl"
        ),
        [
            "Prof. Nowak mieszka przy ul. Długiej 5.",
            "To jest np. dom."
        ]
    );
    assert_eq!(
        split("Dr. Yılmaz geldi. Sonra gitti.", "tr"),
        ["Dr. Yılmaz geldi.", "Sonra gitti."]
    );
}

#[test]
fn scripts_with_their_own_terminators() {
    assert_eq!(
        split("ذهب الولد إلى المدرسة. هل رأيته؟ نعم رأيته.", "ar"),
        ["ذهب الولد إلى المدرسة.", "هل رأيته؟", "نعم رأيته."]
    );
    assert_eq!(
        split("我今天去了商店。你呢？我很好！", "zh"),
        ["我今天去了商店。", "你呢？", "我很好！"]
    );
    assert_eq!(
        split("今日は晴れです。明日は雨でしょう。", "ja"),
        ["今日は晴れです。", "明日は雨でしょう。"]
    );
    assert_eq!(
        split("मैं घर जा रहा हूँ। तुम कहाँ हो?", "hi"),
        ["मैं घर जा रहा हूँ।", "तुम कहाँ हो?"]
    );
}

#[test]
fn detection_picks_the_rules_when_no_language_is_given() {
    let text = "Prof. Nowak mieszka przy ul. Długiej 5. To jest np. dom, w którym się urodził i w którym nadal mieszka.";
    let got: Vec<&str> = sentences(text, None)
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
}
