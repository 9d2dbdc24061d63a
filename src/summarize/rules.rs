//! The summarizer's word tables: the phrases that show what role a sentence
//! plays, the headings that mark a section as central or aside, and the
//! words that make a sentence point back to the one before. The algorithm
//! that applies them is in `roles.rs`; the weights they get are in
//! `score.rs` (`Weights`).
//!
//! Every table is written per language, for the fifteen languages with stop
//! words, in the order of `lang::STOP_LANGS` (they are read by that
//! position; a test checks the order). A table entry is a list of phrases separated
//! by `|`, each written in lower case as it appears in text:
//! - words are cut as the summarizer cuts text into words (apostrophes and
//!   hyphens separate words, so "l'étude" is the two words "l" and "étude");
//! - a word ending in `*` matches any word that starts with it
//!   ("результаты показ*" matches "показали", "показывают");
//! - a phrase starting with `^` counts only at the start of the sentence
//!   (after any quotation mark or bracket): "overall" opens a conclusion,
//!   but "the overall cost" is not one.

use super::lang::Lang;

// ---------------------------------------------------------------------------
// Cue phrases: what a sentence does

/// The cue phrases of one language, by the role they announce. Phrases
/// that report a finding ("results show", "the study found") are not
/// listed: as a bonus of their own they earned nothing on the development
/// sets (`bench/tune.py` fitted them a weight of 0), and a claim already
/// marks the text a study.
pub struct Cues {
    /// The point of a study, a paper or an essay: what it proposes, argues
    /// or sets out to do ("we propose", "in this paper", "I argue").
    pub claim: &'static str,
    /// A conclusion, a takeaway or the answer of a how-to, announced at the
    /// sentence start ("in short", "overall", "the bottom line").
    pub takeaway: &'static str,
}

/// Cue phrases per language. Pro-drop languages (Spanish, Italian,
/// Portuguese, Polish, Finnish, Turkish, Arabic) mark "we" in the verb, so
/// their entries list the verb forms ("proponemos", "öneriyoruz").
pub const CUES: [(Lang, Cues); 15] = [
    (
        Lang::En,
        Cues {
            claim: "in this paper|in this work|in this study|in this article|in this essay|in this post|\
                in this guide|in this report|in this thesis|this paper|this work|this article|this essay|\
                this thesis|we propose|we present|we introduce|we develop|we describe|we argue|we address|\
                we investigate|we report|we examine|we explore|we study|we tackle|i argue|\
                my argument|the aim of this|the goal of this|the purpose of this",
            takeaway: "^in conclusion|^in summary|^to summarize|^to sum up|^in short|^in brief|\
                ^in a nutshell|^overall|^all in all|^the bottom line|^bottom line|^the takeaway|\
                ^the key takeaway|^the key is|^the key to|^the main point|^the upshot|^ultimately|\
                ^the answer is|^the short answer|^the solution is|^the best way to|^the easiest way to|\
                ^tl dr|^tldr",
        },
    ),
    (
        Lang::De,
        Cues {
            claim: "in diesem artikel|in diesem beitrag|in dieser arbeit|in dieser studie|in diesem papier|\
                in diesem aufsatz|dieser beitrag|diese arbeit|dieser artikel|wir schlagen|\
                schlagen wir|wir stellen|stellen wir|wir präsentieren|wir entwickeln|wir beschreiben|\
                wir untersuchen|untersuchen wir|ich argumentiere|ziel dieser|ziel dieses",
            takeaway: "^fazit|^zusammenfassend|^insgesamt|^kurz gesagt|^kurzum|^im ergebnis|\
                ^unterm strich|^letztlich|^alles in allem|^abschließend|^die antwort|^die lösung",
        },
    ),
    (
        Lang::Fr,
        Cues {
            claim: "dans cet article|dans ce travail|dans cette étude|dans ce papier|dans ce mémoire|\
                dans cette thèse|cet article|ce travail|cette étude|nous proposons|nous présentons|\
                nous introduisons|nous développons|nous décrivons|nous étudions|nous examinons|\
                je soutiens",
            takeaway: "^en conclusion|^en résumé|^en bref|^en somme|^bref|^au final|^globalement|\
                ^dans l'ensemble|^en définitive|^pour résumer|^la réponse|^la solution",
        },
    ),
    (
        Lang::Es,
        Cues {
            claim: "en este artículo|en este trabajo|en este estudio|en este documento|en este ensayo|\
                en esta tesis|este artículo|este trabajo|proponemos|presentamos|introducimos|\
                desarrollamos|describimos|estudiamos|examinamos|sostengo",
            takeaway: "^en conclusión|^en resumen|^en definitiva|^en suma|^en pocas palabras|\
                ^en síntesis|^en general|^la respuesta|^la solución",
        },
    ),
    (
        Lang::It,
        Cues {
            claim: "in questo articolo|in questo lavoro|in questo studio|in questo saggio|\
                in questa tesi|questo articolo|questo lavoro|proponiamo|presentiamo|introduciamo|\
                sviluppiamo|descriviamo|studiamo|esaminiamo|sostengo",
            takeaway: "^in conclusione|^in sintesi|^in breve|^in definitiva|^riassumendo|\
                ^nel complesso|^in generale|^insomma|^la risposta|^la soluzione",
        },
    ),
    (
        Lang::Pt,
        Cues {
            claim: "neste artigo|neste trabalho|neste estudo|neste ensaio|nesta tese|este artigo|\
                este trabalho|propomos|apresentamos|introduzimos|desenvolvemos|descrevemos|\
                estudamos|examinamos|defendo",
            takeaway: "^em conclusão|^em resumo|^em suma|^resumindo|^em síntese|^em geral|\
                ^no geral|^a resposta|^a solução",
        },
    ),
    (
        Lang::Nl,
        Cues {
            claim: "in dit artikel|in dit werk|in deze studie|in dit onderzoek|in dit paper|\
                in dit essay|dit artikel|deze studie|dit onderzoek|wij stellen|we stellen|\
                wij presenteren|we presenteren|wij introduceren|we introduceren|wij ontwikkelen|\
                we ontwikkelen|wij beschrijven|we beschrijven|wij onderzoeken|we onderzoeken",
            takeaway: "^concluderend|^samenvattend|^kortom|^al met al|^uiteindelijk|^in het kort|\
                ^over het algemeen|^het antwoord|^de oplossing",
        },
    ),
    (
        Lang::Ru,
        Cues {
            claim: "в данной статье|в этой статье|в настоящей статье|в данной работе|в этой работе|\
                в настоящей работе|в этом исследовании|в данном исследовании|мы предлагаем|\
                мы представляем|мы описываем|мы разработали|мы исследуем|мы рассматриваем|\
                статья посвящена|работа посвящена|целью работы|цель работы|цель статьи",
            takeaway: "^в заключение|^в целом|^в итоге|^короче говоря|^подводя итог*|^одним словом|\
                ^ответ|^решение",
        },
    ),
    (
        Lang::Pl,
        Cues {
            claim: "w tym artykule|w niniejszym artykule|w tej pracy|w niniejszej pracy|\
                w tym badaniu|w niniejszym badaniu|proponujemy|przedstawiamy|wprowadzamy|\
                opisujemy|opracowaliśmy|badamy|artykuł przedstawia|praca przedstawia|\
                celem pracy|celem artykułu",
            takeaway: "^podsumowując|^w podsumowaniu|^w skrócie|^krótko mówiąc|^ogólnie|^w sumie|\
                ^ostatecznie|^odpowiedź|^rozwiązanie",
        },
    ),
    (
        Lang::Sv,
        Cues {
            claim: "i denna artikel|i detta arbete|i denna studie|i denna uppsats|i den här artikeln|\
                i den här studien|denna artikel|denna studie|vi föreslår|vi presenterar|\
                vi introducerar|vi utvecklar|vi beskriver|vi undersöker|syftet med denna|\
                syftet med detta",
            takeaway: "^sammanfattningsvis|^slutsatsen|^kort sagt|^i korthet|^sammantaget|\
                ^på det hela taget|^i slutändan|^svaret|^lösningen",
        },
    ),
    (
        Lang::Da,
        Cues {
            claim: "i denne artikel|i dette arbejde|i denne undersøgelse|i dette studie|\
                i denne afhandling|denne artikel|dette studie|vi foreslår|vi præsenterer|\
                vi introducerer|vi udvikler|vi beskriver|vi undersøger|formålet med denne|\
                formålet med dette",
            takeaway: "^sammenfattende|^kort sagt|^konklusionen|^alt i alt|^samlet set|\
                ^i sidste ende|^svaret|^løsningen",
        },
    ),
    (
        Lang::No,
        Cues {
            claim: "i denne artikkelen|i dette arbeidet|i denne studien|i denne undersøkelsen|\
                i denne oppgaven|denne artikkelen|denne studien|vi foreslår|vi presenterer|\
                vi introduserer|vi utvikler|vi beskriver|vi undersøker|formålet med denne|\
                formålet med dette",
            takeaway: "^oppsummert|^kort sagt|^konklusjonen|^alt i alt|^samlet sett|\
                ^til syvende og sist|^svaret|^løsningen",
        },
    ),
    (
        Lang::Fi,
        Cues {
            claim: "tässä artikkelissa|tässä työssä|tässä tutkimuksessa|tässä paperissa|\
                tässä esseessä|esittelemme|ehdotamme|kuvaamme|kehitimme|kehitämme|tutkimme|\
                tämän työn tavoite*|tämän tutkimuksen tavoite*",
            takeaway: "^yhteenvetona|^lyhyesti|^kaiken kaikkiaan|^loppujen lopuksi|\
                ^johtopäätöksenä|^tiivistettynä|^vastaus|^ratkaisu",
        },
    ),
    (
        Lang::Tr,
        Cues {
            claim: "bu çalışmada|bu makalede|bu araştırmada|bu yazıda|bu tezde|bu çalışma|\
                bu makale|öneriyoruz|sunuyoruz|tanıtıyoruz|geliştirdik|inceliyoruz|\
                önerilmektedir|sunulmaktadır|amaçlanmıştır|amaçlanmaktadır",
            takeaway: "^sonuç olarak|^özetle|^kısacası|^kısaca|^genel olarak|^sonuçta|^cevap|\
                ^çözüm",
        },
    ),
    (
        Lang::Ar,
        Cues {
            claim: "في هذه الورقة|في هذا البحث|في هذه الدراسة|في هذا المقال|في هذه المقالة|\
                في هذا العمل|نقترح|نقدم|نعرض|يهدف هذا|تهدف هذه",
            takeaway: "^في الختام|^باختصار|^خلاصة القول|^في النهاية|^بشكل عام|^الخلاصة",
        },
    ),
];

// ---------------------------------------------------------------------------
// Headings: sections that hold the point, and sections aside from it

/// Headings over the sections that state a text's point: its summary,
/// conclusion, findings or takeaways. A heading counts when it starts with
/// one of these (a leading section number aside) and is at most
/// [`HEADING_EXTRA_WORDS`] words longer ("Conclusions and future work").
/// English headings count in every language (technical pages often keep
/// them).
pub const KEY_HEADINGS: [(Lang, &str); 15] = [
    (
        Lang::En,
        "summary|executive summary|abstract|conclusion*|in conclusion|key takeaways|takeaways|\
         key points|key findings|main findings|findings|results|tl;dr|tldr|the bottom line|\
         bottom line|in short|in brief|at a glance|highlights|what you need to know|the answer",
    ),
    (
        Lang::De,
        "zusammenfassung|fazit|schlussfolgerung*|ergebnisse|kurzfassung|das wichtigste|\
         auf einen blick|kernaussagen|kurz gesagt",
    ),
    (
        Lang::Fr,
        "résumé|conclusion*|en bref|l'essentiel|à retenir|points clés|synthèse|résultats",
    ),
    (
        Lang::Es,
        "resumen|conclusión|conclusiones|en resumen|en breve|lo esencial|claves|puntos clave|\
         resultados",
    ),
    (
        Lang::It,
        "riassunto|sommario|sintesi|conclusione|conclusioni|in breve|punti chiave|risultati",
    ),
    (
        Lang::Pt,
        "resumo|conclusão|conclusões|em resumo|em breve|pontos-chave|pontos chave|resultados",
    ),
    (
        Lang::Nl,
        "samenvatting|conclusie*|kortom|in het kort|belangrijkste punten|resultaten",
    ),
    (
        Lang::Ru,
        "аннотация|резюме|заключение|выводы|итоги|результаты|кратко|главное|основные выводы",
    ),
    (
        Lang::Pl,
        "streszczenie|podsumowanie|wnioski|wyniki|w skrócie|najważniejsze",
    ),
    (
        Lang::Sv,
        "sammanfattning|slutsats*|resultat|i korthet|kort sagt",
    ),
    (
        Lang::Da,
        "resumé|sammenfatning|opsummering|konklusion*|resultater|kort sagt",
    ),
    (
        Lang::No,
        "sammendrag|oppsummering|konklusjon*|resultater|kort sagt",
    ),
    (
        Lang::Fi,
        "tiivistelmä|yhteenveto|johtopäätökset|tulokset|lyhyesti",
    ),
    (Lang::Tr, "özet|sonuç|sonuçlar|bulgular|kısaca"),
    (
        Lang::Ar,
        "ملخص|الملخص|خلاصة|الخلاصة|الخاتمة|خاتمة|الاستنتاجات|النتائج",
    ),
];

/// Headings over sections aside from the text's point: references,
/// acknowledgements, notes about the author or the publisher, comments.
pub const ASIDE_HEADINGS: [(Lang, &str); 15] = [
    (
        Lang::En,
        "references|bibliography|works cited|acknowledg*|about the author*|about us|disclosure*|\
         disclaimer|funding|conflict of interest|conflicts of interest|competing interests|\
         author contributions|notes|footnotes|endnotes|sources|further reading|see also|\
         related*|comments|copyright|license|licence|appendix|supplementary*",
    ),
    (
        Lang::De,
        "literatur*|quellen|danksagung|über den autor|über die autorin|offenlegung|\
         haftungsausschluss|anmerkungen|fußnoten|weiterführende*|siehe auch|kommentare|anhang|\
         impressum",
    ),
    (
        Lang::Fr,
        "références|bibliographie|remerciements|à propos de l'auteur|sources|notes|voir aussi|\
         commentaires|annexe*|avertissement",
    ),
    (
        Lang::Es,
        "referencias|bibliografía|agradecimientos|sobre el autor|acerca del autor|fuentes|notas|\
         véase también|ver también|comentarios|anexo*|aviso legal",
    ),
    (
        Lang::It,
        "bibliografia|riferimenti|ringraziamenti|sull'autore|fonti|note|vedi anche|commenti|\
         appendice",
    ),
    (
        Lang::Pt,
        "referências|bibliografia|agradecimentos|sobre o autor|sobre a autora|fontes|notas|\
         veja também|ver também|comentários|anexo*",
    ),
    (
        Lang::Nl,
        "referenties|literatuur*|bronnen|dankwoord|over de auteur|noten|voetnoten|zie ook|\
         reacties|bijlage*|disclaimer",
    ),
    (
        Lang::Ru,
        "литература|список литературы|источники|благодарности|об авторе|примечания|сноски|\
         см также|комментарии|приложение",
    ),
    (
        Lang::Pl,
        "bibliografia|literatura|źródła|przypisy|podziękowania|o autorze|o autorce|zobacz też|\
         komentarze|załącznik*",
    ),
    (
        Lang::Sv,
        "referenser|källor|litteratur*|tack|om författaren|fotnoter|noter|se även|kommentarer|\
         bilaga*",
    ),
    (
        Lang::Da,
        "referencer|kilder|litteratur|tak|om forfatteren|fodnoter|noter|se også|kommentarer|\
         bilag",
    ),
    (
        Lang::No,
        "referanser|kilder|litteratur|takk|om forfatteren|fotnoter|noter|se også|kommentarer|\
         vedlegg",
    ),
    (
        Lang::Fi,
        "lähteet|kirjallisuus|viitteet|kiitokset|kirjoittajasta|alaviitteet|katso myös|\
         kommentit|liite*",
    ),
    (
        Lang::Tr,
        "kaynaklar|kaynakça|teşekkür*|yazar hakkında|dipnotlar|notlar|ayrıca bakınız|yorumlar|\
         ekler",
    ),
    (
        Lang::Ar,
        "المراجع|المصادر|شكر|الشكر|عن الكاتب|عن المؤلف|الحواشي|انظر أيضا|التعليقات|الملحق",
    ),
];

/// Words a heading may have beyond the listed phrase and still count.
pub const HEADING_EXTRA_WORDS: usize = 3;

/// A line without sentence punctuation that makes up its paragraph and
/// has at most this many words is read as a heading in plain text
/// ("Conclusion", "References").
pub const PLAIN_HEADING_MAX_WORDS: usize = 6;

// ---------------------------------------------------------------------------
// Openers that point back

/// Words and phrases that, opening a sentence, refer to what came before:
/// third-person pronouns and possessives, demonstratives, and connectives
/// that continue or contrast ("He said", "This means", "But", "However").
/// Shown without the sentence before, such a sentence refers to nothing.
/// Left out where the same word is as often an article or an empty subject
/// (German "das", "es"; Dutch "het"; Scandinavian "den", "det", "de"), and
/// Arabic "و", which opens most sentences of Arabic prose.
pub const OPENERS: [(Lang, &str); 15] = [
    (
        Lang::En,
        "he|she|it|they|him|her|them|his|hers|its|their|theirs|this|these|that|those|such|\
         but|however|yet|still|also|so|then|thus|hence|instead|meanwhile|moreover|furthermore|\
         besides|nevertheless|nonetheless|otherwise|therefore|and|or|nor|likewise|similarly|\
         in addition|in contrast|by contrast|as a result|for this reason|on the other hand|\
         even so|after that",
    ),
    (
        Lang::De,
        "er|sie|ihm|ihn|ihr|ihre|ihren|ihrem|ihrer|sein|seine|seinen|seinem|seiner|dies|diese|\
         dieser|dieses|diesen|diesem|solche|solcher|aber|doch|jedoch|allerdings|außerdem|zudem|\
         trotzdem|dennoch|stattdessen|ebenso|daher|deshalb|deswegen|darum|dadurch|dabei|somit|\
         also|danach|dann|und|oder|auch",
    ),
    (
        Lang::Fr,
        "il|elle|ils|elles|lui|leur|leurs|son|sa|ses|ce|c|cet|cette|ces|cela|ceci|ça|celui|celle|\
         ceux|celles|mais|cependant|pourtant|toutefois|néanmoins|donc|ainsi|aussi|puis|ensuite|\
         alors|et|ou|or|sinon|de plus|en outre|par ailleurs|par conséquent|en revanche|\
         au contraire|malgré cela",
    ),
    (
        Lang::Es,
        "él|ella|ellos|ellas|su|sus|este|esta|esto|estos|estas|ese|esa|eso|esos|esas|aquel|\
         aquella|aquello|pero|además|también|así|entonces|luego|asimismo|y|o|ni|sin embargo|\
         no obstante|por eso|por lo tanto|por tanto|aun así|en cambio|por el contrario",
    ),
    (
        Lang::It,
        "lui|lei|loro|egli|essi|esse|questo|questa|questi|queste|quello|quella|quelli|quelle|ciò|\
         ma|però|tuttavia|comunque|inoltre|anche|quindi|perciò|dunque|così|poi|allora|e|o|né|\
         invece|pertanto",
    ),
    (
        Lang::Pt,
        "ele|ela|eles|elas|seu|sua|seus|suas|este|esta|isto|estes|estas|esse|essa|isso|esses|\
         essas|aquele|aquela|aquilo|mas|porém|contudo|todavia|entretanto|também|portanto|assim|\
         então|depois|e|ou|nem|no entanto|além disso|por isso|mesmo assim|em contrapartida",
    ),
    (
        Lang::Nl,
        "hij|zij|ze|hem|haar|hun|zijn|dit|deze|dat|die|zulke|maar|echter|toch|bovendien|daarom|\
         dus|ook|daarna|vervolgens|daardoor|daarbij|en|of|daarentegen|evenzo",
    ),
    (
        Lang::Ru,
        "он|она|оно|они|его|её|ее|их|ему|ей|им|этот|эта|это|эти|тот|та|те|такой|такая|такое|\
         такие|но|однако|также|тоже|поэтому|зато|впрочем|затем|потом|и|а|или|кроме того|\
         тем не менее|при этом|в результате|таким образом|в то же время",
    ),
    (
        Lang::Pl,
        "on|ona|ono|oni|one|jego|jej|ich|mu|ten|ta|to|te|ci|tamten|taki|taka|takie|ale|jednak|\
         lecz|jednakże|natomiast|ponadto|również|także|dlatego|więc|zatem|potem|następnie|i|lub|\
         albo|poza tym|mimo to|w rezultacie",
    ),
    (
        Lang::Sv,
        "han|hon|hans|hennes|deras|dess|denna|detta|dessa|sådan|sådana|men|dock|emellertid|ändå|\
         dessutom|därför|alltså|sedan|också|och|eller|samtidigt|däremot|istället",
    ),
    (
        Lang::Da,
        "han|hun|hans|hendes|deres|dens|dets|denne|dette|disse|sådan|sådanne|men|dog|imidlertid|\
         alligevel|desuden|derfor|altså|også|og|eller|samtidig|derimod|i stedet",
    ),
    (
        Lang::No,
        "han|hun|hans|hennes|deres|dens|dets|denne|dette|disse|slik|slike|men|likevel|imidlertid|\
         dessuten|derfor|altså|også|og|eller|samtidig|derimot|i stedet",
    ),
    (
        Lang::Fi,
        "hän|he|se|ne|tämä|nämä|tuo|nuo|sen|hänen|heidän|niiden|tämän|tästä|näin|mutta|kuitenkin|\
         silti|lisäksi|siksi|siis|myös|ja|tai|sitten|toisaalta|sen sijaan",
    ),
    (
        Lang::Tr,
        "o|onlar|bu|bunlar|şu|şunlar|bunun|onun|onların|bunu|onu|ancak|fakat|ama|lakin|ayrıca|\
         dolayısıyla|sonra|ve|veya|bununla birlikte|yine de|ya da|öte yandan|buna karşın",
    ),
    (
        Lang::Ar,
        "هو|هي|هم|هما|هن|هذا|هذه|ذلك|تلك|هؤلاء|أولئك|لكن|ولكن|لكنه|لكنها|وهو|وهي|وهذا|وهذه|لذلك|\
         لذا|كما|أيضا|ومع ذلك|إلا أن|غير أن|بيد أن|وبالتالي",
    ),
];

/// The demonstratives among the openers: followed by a word of
/// [`SELF_REFERENCE`], they point at the text itself or at a time rather
/// than back.
pub const DEMONSTRATIVES: [(Lang, &str); 15] = [
    (Lang::En, "this|these|that|those|such"),
    (
        Lang::De,
        "dies|diese|dieser|dieses|diesen|diesem|solche|solcher",
    ),
    (Lang::Fr, "ce|cet|cette|ces"),
    (
        Lang::Es,
        "este|esta|esto|estos|estas|ese|esa|eso|esos|esas|aquel|aquella|aquello",
    ),
    (
        Lang::It,
        "questo|questa|questi|queste|quello|quella|quelli|quelle",
    ),
    (
        Lang::Pt,
        "este|esta|isto|estes|estas|esse|essa|isso|esses|essas|aquele|aquela|aquilo",
    ),
    (Lang::Nl, "dit|deze|dat|die|zulke"),
    (
        Lang::Ru,
        "этот|эта|это|эти|тот|та|те|такой|такая|такое|такие",
    ),
    (Lang::Pl, "ten|ta|to|te|ci|tamten|taki|taka|takie"),
    (Lang::Sv, "denna|detta|dessa|sådan|sådana"),
    (Lang::Da, "denne|dette|disse|sådan|sådanne"),
    (Lang::No, "denne|dette|disse|slik|slike"),
    (Lang::Fi, "tämä|nämä|tuo|nuo|tämän|tästä|se|ne"),
    (Lang::Tr, "bu|bunlar|şu|şunlar|bunun|o"),
    (Lang::Ar, "هذا|هذه|ذلك|تلك|هؤلاء|أولئك"),
];

/// Words that, right after a demonstrative, make it point at the text
/// itself or at a time rather than back ("This paper shows", "This year",
/// "Bu çalışmada").
pub const SELF_REFERENCE: [(Lang, &str); 15] = [
    (
        Lang::En,
        "paper|article|study|work|report|post|essay|guide|review|chapter|book|thesis|survey|\
         tutorial|page|year|week|month|morning|afternoon|evening|weekend|season|summer|winter|\
         spring|autumn",
    ),
    (
        Lang::De,
        "artikel|beitrag|studie|arbeit|bericht|aufsatz|buch|kapitel|jahr|jahres|woche|monat|\
         sommer|winter|frühjahr|herbst",
    ),
    (
        Lang::Fr,
        "article|travail|étude|rapport|livre|chapitre|année|an|semaine|mois|matin|soir|été|hiver|\
         printemps|automne",
    ),
    (
        Lang::Es,
        "artículo|trabajo|estudio|informe|libro|capítulo|año|semana|mes|mañana|tarde|verano|\
         invierno|otoño|primavera",
    ),
    (
        Lang::It,
        "articolo|lavoro|studio|rapporto|libro|capitolo|anno|settimana|mese|mattina|sera|estate|\
         inverno|autunno|primavera",
    ),
    (
        Lang::Pt,
        "artigo|trabalho|estudo|relatório|livro|capítulo|ano|semana|mês|manhã|tarde|verão|\
         inverno|outono|primavera",
    ),
    (
        Lang::Nl,
        "artikel|werk|studie|onderzoek|rapport|boek|hoofdstuk|jaar|week|maand|zomer|winter|\
         lente|herfst",
    ),
    (
        Lang::Ru,
        "стать*|работ*|исследован*|доклад*|книг*|глав*|год*|недел*|месяц*|лет*|зим*|весн*|осен*",
    ),
    (
        Lang::Pl,
        "artykuł*|prac*|badani*|raport*|książk*|rozdział*|rok*|tydzień|tygodni*|miesiąc*|lat*|\
         zim*|wiosn*|jesie*",
    ),
    (
        Lang::Sv,
        "artikel|artikeln|arbete|studie|studien|rapport|bok|kapitel|år|vecka|månad|sommar|vinter|\
         vår|höst",
    ),
    (
        Lang::Da,
        "artikel|arbejde|studie|undersøgelse|rapport|bog|kapitel|år|uge|måned|sommer|vinter|\
         forår|efterår",
    ),
    (
        Lang::No,
        "artikkelen|artikkel|arbeidet|studien|undersøkelsen|rapport|bok|kapittel|året|år|uke|\
         måned|sommer|vinter|vår|høst",
    ),
    (
        Lang::Fi,
        "artikkeli*|työ*|tutkimu*|raport*|kirja*|luku*|vuo*|viiko*|kuu*|kesä*|talv*|kevä*|syksy*",
    ),
    (
        Lang::Tr,
        "çalışma*|makale*|araştırma*|yazı*|rapor*|kitap*|bölüm*|yıl*|hafta*|ay|sabah*|akşam*|\
         yaz|kış|bahar|sonbahar",
    ),
    (
        Lang::Ar,
        "الورقة|البحث|الدراسة|المقال|المقالة|العمل|الكتاب|الفصل|العام|الأسبوع|الشهر",
    ),
];

// ---------------------------------------------------------------------------
// The first person

/// Pronouns of the first person: in news and other reporting, a sentence
/// in the first person is someone's account or opinion, seldom one of the
/// key points. (In a study, "we" is the authors' voice; the score does not
/// count it there.) Left out: words as often something else (English "us"
/// for the US once lower-cased, "mine"; French "m", Italian "ci",
/// Portuguese "nos"). Arabic marks the first person mostly with suffixes;
/// only the free pronouns are listed.
pub const FIRST_PERSON: [(Lang, &str); 15] = [
    (Lang::En, "i|me|my|myself|we|our|ours|ourselves"),
    (
        Lang::De,
        "ich|mich|mir|mein|meine|meinen|meinem|meiner|meines|wir|uns|unser|unsere|unseren|\
         unserem|unserer|unseres",
    ),
    (Lang::Fr, "je|j|moi|mon|ma|mes|nous|notre|nos"),
    (
        Lang::Es,
        "yo|me|mí|mi|mis|conmigo|nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras",
    ),
    (
        Lang::It,
        "io|mi|me|mio|mia|miei|mie|noi|nostro|nostra|nostri|nostre",
    ),
    (
        Lang::Pt,
        "eu|me|mim|meu|minha|meus|minhas|nós|nosso|nossa|nossos|nossas",
    ),
    (Lang::Nl, "ik|mij|me|mijn|wij|we|ons|onze"),
    (
        Lang::Ru,
        "я|меня|мне|мной|мой|моя|моё|мое|мои|моего|моей|мы|нас|нам|нами|наш|наша|наше|наши|\
         нашего|нашей",
    ),
    (
        Lang::Pl,
        "ja|mnie|mi|mną|mój|moja|moje|moi|my|nas|nam|nami|nasz|nasza|nasze|nasi",
    ),
    (Lang::Sv, "jag|mig|mej|min|mitt|mina|vi|oss|vår|vårt|våra"),
    (Lang::Da, "jeg|mig|min|mit|mine|vi|os|vores"),
    (Lang::No, "jeg|meg|min|mitt|mine|vi|oss|vår|vårt|våre"),
    (
        Lang::Fi,
        "minä|mä|minun|minua|minulle|minusta|me|meidän|meitä|meille|meistä",
    ),
    (Lang::Tr, "ben|beni|bana|benim|biz|bizi|bize|bizim"),
    (Lang::Ar, "أنا|نحن"),
];

// ---------------------------------------------------------------------------
// Punctuation

/// Quotation marks that open a quotation: a sentence that starts with one
/// is someone's words, seldom the text's own point or a headline.
pub const OPENING_QUOTES: &str = "\"'“‘«„‹「『";

/// Marks that end a question.
pub const QUESTION_MARKS: &str = "?？؟";
