//! Problems in the interface language: the French and Ukrainian template of every problem
//! code (English is `Code::english`, which the build and the command line also use), and
//! serde_json's own wording translated.
//!
//! Templates name their values (`{id}`), never position them, so each language may order
//! a sentence its own way; a test proves every language uses exactly the same names. The
//! templates are matched on the typed `Code`, so a code without a translation does not
//! compile.

use super::Lang;
use briefing::problem::{fill, Code, Problem};

/// The French template of `code`.
#[cfg(not(feature = "lazy-languages"))]
fn french(code: Code) -> &'static str {
    match code {
        Code::FileEmpty => "est vide",
        Code::FileTooLarge => "fait {size} Mo ; la limite est de {limit} Mo",
        Code::FileLargerThanLimit => "dépasse la limite de {limit} Mo",
        Code::FileNotUtf8 => "n’est pas du texte UTF-8 valide (octet invalide à la position {offset}) ; enregistrez-le en UTF-8",
        Code::DocumentTooDeep => "est imbriqué sur plus de {max} niveaux (ligne {line}, colonne {column}) ; une synthèse n’en demande que quelques-uns",
        Code::DocumentNotObject => "pas une synthèse : le document doit être un objet JSON ({ ... })",
        Code::JsonSyntax => "JSON non valide : {detail} (ligne {line}, colonne {column})",
        Code::JsonData => "type incorrect : {detail} (ligne {line}, colonne {column})",
        Code::TypeString => "type incorrect : une chaîne est attendue, trouvé {found}",
        Code::TypeStringOrNull => "type incorrect : une chaîne ou null est attendu, trouvé {found}",
        Code::TypeArray => "type incorrect : un tableau est attendu, trouvé {found}",
        Code::TypeObject => "type incorrect : un objet est attendu, trouvé {found}",
        Code::TypeCount => "type incorrect : un nombre entier positif ou nul est attendu, trouvé {found}",
        Code::TypeInteger => "type incorrect : un nombre entier est attendu, trouvé {found}",
        Code::FormatMissing => "est absent ; formats pris en charge : {supported}",
        Code::FormatUnknown => "« {found} » n’est pas un format que cet explorateur sait lire ; formats pris en charge : {supported}",
        Code::Required => "est obligatoire et ne doit pas être vide",
        Code::IdInvalid => "« {id} » n’est pas un identifiant valide : utilisez uniquement des lettres ASCII, des chiffres, « . », « _ », « : » et « - », en commençant par une lettre ou un chiffre, {max} caractères au plus",
        Code::IdDuplicate => "identifiant « {id} » en double (déjà utilisé par {first})",
        Code::LanguageInvalid => "« {value} » n’est pas une étiquette de langue BCP 47 comme « en » ou « fr-CA »",
        Code::DateInvalid => "« {value} » n’est ni une date (AAAA-MM-JJ) ni null",
        Code::SourcesEmpty => "au moins une source est requise",
        Code::Sha256Missing => "est obligatoire : le SHA-256 de ce texte est {actual}",
        Code::Sha256Mismatch => "ne correspond pas au texte : attendu {actual}, trouvé {found}",
        Code::ReferenceActor => "acteur inconnu « {id} »",
        Code::ReferenceTopic => "sujet inconnu « {id} »",
        Code::ReferenceSource => "source inconnue « {id} »",
        Code::VocabularyMissing => "est obligatoire : l’une des valeurs {words}",
        Code::StanceUnknown => "position inconnue « {word} » ; valeurs possibles : {words}",
        Code::AttributionUnknown => "attribution inconnue « {word} » ; valeurs possibles : {words}",
        Code::PhaseUnknown => "phase inconnue « {word} » ; valeurs possibles : {words}",
        Code::OrderDuplicate => "ordre {order} en double (déjà utilisé par {first})",
        Code::QuotesEmpty => "au moins une citation textuelle d’une source est requise",
        Code::QuoteReversed => "start ({start}) doit être inférieur à end ({end})",
        Code::QuotePastEnd => "{end} dépasse la fin de la source « {source} » ({length} caractères)",
        Code::QuoteDiffers => "diffère de la source aux caractères {start}..{end} : la source dit « {actual} »",
        Code::ProblemsMore => "…et d’autres problèmes ; corrigez d’abord ceux-ci",
        Code::NetworkFetchFailed => "impossible de le récupérer ({error}) : l’adresse est peut-être erronée, le réseau coupé, ou le serveur n’autorise pas d’autres sites à le lire (CORS)",
        Code::NetworkReadFailed => "la lecture s’est interrompue : {error}",
        Code::NetworkHttpError => "le serveur a répondu HTTP {status} {status_text} ({content_type})",
        Code::NetworkHttpErrorUntyped => "le serveur a répondu HTTP {status} {status_text} (sans type de contenu)",
        Code::NetworkNotJson => "le serveur a répondu HTTP {status} avec {content_type}, pas du JSON",
        Code::NetworkTimeout => "moins de {kb} Ko sont arrivés en {seconds} secondes, le chargement s’est donc arrêté ; le serveur est peut-être bloqué ou très lent : réessayez plus tard",
        Code::DraftMissing => "ce brouillon n’est pas dans ce navigateur : rouvrez-le depuis Briefing Studio",
    }
}

/// The Ukrainian template of `code`.
#[cfg(not(feature = "lazy-languages"))]
fn ukrainian(code: Code) -> &'static str {
    match code {
        Code::FileEmpty => "порожній",
        Code::FileTooLarge => "має розмір {size} МБ; обмеження — {limit} МБ",
        Code::FileLargerThanLimit => "перевищує обмеження {limit} МБ",
        Code::FileNotUtf8 => "не є коректним текстом UTF-8 (недійсний байт на позиції {offset}); збережіть його в UTF-8",
        Code::DocumentTooDeep => "має вкладеність понад {max} рівнів (рядок {line}, стовпець {column}); огляду потрібно лише кілька",
        Code::DocumentNotObject => "це не огляд: документ має бути об'єктом JSON ({ ... })",
        Code::JsonSyntax => "некоректний JSON: {detail} (рядок {line}, стовпець {column})",
        Code::JsonData => "неправильний тип: {detail} (рядок {line}, стовпець {column})",
        Code::TypeString => "неправильний тип: очікувався рядок, знайдено {found}",
        Code::TypeStringOrNull => "неправильний тип: очікувався рядок або null, знайдено {found}",
        Code::TypeArray => "неправильний тип: очікувався масив, знайдено {found}",
        Code::TypeObject => "неправильний тип: очікувався об'єкт, знайдено {found}",
        Code::TypeCount => "неправильний тип: очікувалося ціле число, не менше 0, знайдено {found}",
        Code::TypeInteger => "неправильний тип: очікувалося ціле число, знайдено {found}",
        Code::FormatMissing => "відсутній; підтримувані формати: {supported}",
        Code::FormatUnknown => "«{found}» — формат, який цей переглядач не читає; підтримувані формати: {supported}",
        Code::Required => "обов'язкове поле, не може бути порожнім",
        Code::IdInvalid => "«{id}» — недійсний ідентифікатор: використовуйте лише латинські літери, цифри, «.», «_», «:» і «-», на початку — літера або цифра, не більше {max} символів",
        Code::IdDuplicate => "повторюваний ідентифікатор «{id}» (уже використано в {first})",
        Code::LanguageInvalid => "«{value}» — не мовний тег BCP 47, як-от «en» чи «fr-CA»",
        Code::DateInvalid => "«{value}» — не дата (РРРР-ММ-ДД) і не null",
        Code::SourcesEmpty => "потрібне принаймні одне джерело",
        Code::Sha256Missing => "обов'язкове поле: SHA-256 цього тексту — {actual}",
        Code::Sha256Mismatch => "не відповідає тексту: очікувалося {actual}, знайдено {found}",
        Code::ReferenceActor => "невідомий учасник «{id}»",
        Code::ReferenceTopic => "невідома тема «{id}»",
        Code::ReferenceSource => "невідоме джерело «{id}»",
        Code::VocabularyMissing => "обов'язкове поле: одне зі значень {words}",
        Code::StanceUnknown => "невідома позиція «{word}»; можливі значення: {words}",
        Code::AttributionUnknown => "невідомий спосіб атрибуції «{word}»; можливі значення: {words}",
        Code::PhaseUnknown => "невідомий етап «{word}»; можливі значення: {words}",
        Code::OrderDuplicate => "повторюваний порядковий номер {order} (уже використано в {first})",
        Code::QuotesEmpty => "потрібна принаймні одна дослівна цитата з джерела",
        Code::QuoteReversed => "start ({start}) має бути меншим за end ({end})",
        Code::QuotePastEnd => "{end} виходить за межі джерела «{source}» ({length} символів)",
        Code::QuoteDiffers => "відрізняється від джерела в символах {start}..{end}: у джерелі — «{actual}»",
        Code::ProblemsMore => "…та інші проблеми; спершу виправте ці",
        Code::NetworkFetchFailed => "не вдалося отримати ({error}): можливо, адреса хибна, мережа недоступна або сервер не дозволяє іншим сайтам читати його (CORS)",
        Code::NetworkReadFailed => "читання перервано: {error}",
        Code::NetworkHttpError => "сервер відповів HTTP {status} {status_text} ({content_type})",
        Code::NetworkHttpErrorUntyped => "сервер відповів HTTP {status} {status_text} (без типу вмісту)",
        Code::NetworkNotJson => "сервер відповів HTTP {status} з типом {content_type}, а не JSON",
        Code::NetworkTimeout => "за {seconds} секунд надійшло менше ніж {kb} КБ, тож завантаження зупинено; можливо, сервер завис або дуже повільний: спробуйте пізніше",
        Code::DraftMissing => "цієї чернетки немає в цьому браузері: відкрийте її знову з Briefing Studio",
    }
}

/// serde_json's own descriptions of a syntax error (its wording, which a test pins), and
/// what to say instead: `(English, French, Ukrainian)`.
const JSON_DETAILS: &[(&str, &str, &str)] = &[
    (
        "EOF while parsing a list",
        "le fichier se termine au milieu d’une liste",
        "файл закінчується посеред списку",
    ),
    (
        "EOF while parsing an object",
        "le fichier se termine au milieu d’un objet",
        "файл закінчується посеред об’єкта",
    ),
    (
        "EOF while parsing a string",
        "le fichier se termine au milieu d’une chaîne",
        "файл закінчується посеред рядка",
    ),
    (
        "EOF while parsing a value",
        "le fichier se termine là où une valeur est attendue",
        "файл закінчується там, де очікується значення",
    ),
    ("expected `:`", "« : » attendu", "очікується «:»"),
    (
        "expected `,` or `]`",
        "« , » ou « ] » attendu",
        "очікується «,» або «]»",
    ),
    (
        "expected `,` or `}`",
        "« , » ou « } » attendu",
        "очікується «,» або «}»",
    ),
    (
        "expected ident",
        "true, false ou null attendu",
        "очікується true, false або null",
    ),
    ("expected value", "valeur attendue", "очікується значення"),
    ("expected `\"`", "« \" » attendu", "очікується «\"»"),
    (
        "invalid escape",
        "séquence d’échappement non valide",
        "некоректна екранована послідовність",
    ),
    ("invalid number", "nombre non valide", "некоректне число"),
    (
        "number out of range",
        "nombre hors limites",
        "число поза допустимим діапазоном",
    ),
    (
        "invalid unicode code point",
        "point de code Unicode non valide",
        "некоректна кодова точка Unicode",
    ),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "caractère de contrôle (\\u0000-\\u001F) dans une chaîne",
        "керівний символ (\\u0000-\\u001F) у рядку",
    ),
    (
        "key must be a string",
        "une clé doit être une chaîne",
        "ключ має бути рядком",
    ),
    (
        "lone leading surrogate in hex escape",
        "demi-codet isolé dans un échappement \\u",
        "непарний сурогат в екранованій послідовності \\u",
    ),
    ("trailing comma", "virgule en trop", "зайва кома"),
    (
        "trailing characters",
        "caractères en trop après la fin du document",
        "зайві символи після кінця документа",
    ),
    (
        "unexpected end of hex escape",
        "échappement \\u incomplet",
        "незавершена екранована послідовність \\u",
    ),
    (
        "recursion limit exceeded",
        "imbrication trop profonde",
        "перевищено межу вкладеності",
    ),
];

/// serde_json's descriptions that name a field: `(English prefix, French, Ukrainian)`,
/// where `{field}` is the name between backticks.
const JSON_FIELD_DETAILS: &[(&str, &str, &str)] = &[
    (
        "duplicate field `",
        "champ « {field} » en double",
        "поле «{field}» повторюється",
    ),
    (
        "missing field `",
        "champ « {field} » manquant",
        "бракує поля «{field}»",
    ),
];

/// The `lang` column of a row of texts.
fn in_lang<'a>(lang: Lang, en: &'a str, fr: &'a str, uk: &'a str) -> &'a str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Uk => uk,
    }
}

/// serde_json's English `detail` in `lang`; unchanged when it is not one we know.
fn json_detail(lang: Lang, detail: &str) -> String {
    if lang == Lang::En {
        return detail.to_string();
    }
    if let Some((en, fr, uk)) = JSON_DETAILS.iter().find(|(en, ..)| *en == detail) {
        return in_lang(lang, en, fr, uk).to_string();
    }
    JSON_FIELD_DETAILS
        .iter()
        .find_map(|(prefix, fr, uk)| {
            let field = detail.strip_prefix(prefix)?.strip_suffix('`')?;
            Some(in_lang(lang, detail, fr, uk).replace("{field}", field))
        })
        .unwrap_or_else(|| detail.to_string())
}

/// The template of `code` in `lang`.
pub fn template(lang: Lang, code: Code) -> &'static str {
    match lang {
        Lang::En => code.english(),
        #[cfg(not(feature = "lazy-languages"))]
        Lang::Fr => french(code),
        #[cfg(not(feature = "lazy-languages"))]
        Lang::Uk => ukrainian(code),
        // Not fetched yet (or a stale pack without it): English says the same.
        #[cfg(feature = "lazy-languages")]
        other => super::packs::problem(other, code.as_str()).unwrap_or_else(|| code.english()),
    }
}

/// `problem`'s message in `lang`, with serde_json's own wording translated too.
pub fn message(lang: Lang, problem: &Problem) -> String {
    let template = template(lang, problem.code);
    if matches!(problem.code, Code::JsonSyntax | Code::JsonData) {
        let args: Vec<(&str, String)> = problem
            .args
            .iter()
            .map(|(name, value)| match *name {
                "detail" => (*name, json_detail(lang, value)),
                _ => (*name, value.clone()),
            })
            .collect();
        return fill(template, &args);
    }
    fill(template, &problem.args)
}

/// A problem's path as the report shows it: a JSON path as it is, the pseudo-paths
/// "(document)", "(file)" and "(network)" in `lang` (interface keys `path.(file)`...).
pub fn path_label(lang: Lang, path: &str) -> String {
    if path.starts_with('(') {
        if let Some(label) = super::lookup(lang, &format!("path.{path}")) {
            return label.to_string();
        }
    }
    path.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The `{name}` placeholders of a template (`{ ... }` in prose is not one).
    fn placeholders(template: &str) -> BTreeSet<&str> {
        template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .filter(|name| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            })
            .collect()
    }

    #[test]
    fn json_syntax_errors_are_described_in_every_language() {
        let inputs = [
            "{",
            "{\"a\":[1",
            "{\"a\":\"x",
            "{\"a\":",
            "{\"a\" 1}",
            "{\"a\":[1 2]}",
            "{\"a\":1 \"b\":2}",
            "{\"a\":tru}",
            "{\"a\":}",
            "{1:2}",
            "{\"a\":\"\\q\"}",
            "{\"a\":-}",
            "{\"a\":\"\u{1}\"}",
            "{\"a\":[1,]}",
            "{\"a\":1,}",
            "{} x",
            "{\"id\":\"\\ud800\\u0041\"}",
            "{\"id\":\"\\u12\"}",
            "{\"format\":\"briefing/1\",\"format\":\"briefing/1\"}",
        ];
        let mut seen = BTreeSet::new();
        for input in inputs {
            let Err(problems) = briefing::validate::parse(input) else {
                panic!("{input} parsed");
            };
            let problem = &problems[0];
            assert!(
                matches!(problem.code, Code::JsonSyntax | Code::JsonData),
                "{input}: {problem:?}"
            );
            let english = problem.arg("detail").to_string();
            for lang in [Lang::Fr, Lang::Uk] {
                let translated = json_detail(lang, &english);
                assert_ne!(translated, english, "{input}: {lang:?} lacks “{english}”");
                assert!(message(lang, problem).contains(&translated));
            }
            seen.insert(english);
        }
        // The inputs reach most of serde_json's wording; a change in its wording fails above.
        assert!(seen.len() >= 17, "{seen:?}");
        assert_eq!(path_label(Lang::Uk, "(network)"), "(мережа)");
        assert_eq!(path_label(Lang::Fr, "(file)"), "(fichier)");
        assert_eq!(path_label(Lang::Fr, "positions[0].id"), "positions[0].id");
        assert_eq!(json_detail(Lang::En, "expected value"), "expected value");
        assert_eq!(json_detail(Lang::Fr, "something new"), "something new");
    }

    #[test]
    fn every_problem_code_has_the_same_placeholders_in_every_language() {
        for lang in [Lang::Fr, Lang::Uk] {
            for code in Code::ALL {
                let translated = template(lang, code);
                assert_eq!(
                    placeholders(translated),
                    placeholders(code.english()),
                    "{lang:?} {code}: {translated}"
                );
            }
        }
    }

    #[test]
    fn messages_render_in_the_language_with_the_same_values() {
        let problem = Problem::new(
            "positions[0].actor",
            Code::ReferenceActor,
            vec![("id", "kremlin".to_string())],
        );
        assert_eq!(message(Lang::En, &problem), "unknown actor \"kremlin\"");
        assert_eq!(message(Lang::Fr, &problem), "acteur inconnu « kremlin »");
        assert_eq!(message(Lang::Uk, &problem), "невідомий учасник «kremlin»");
    }
}
