//! Problems and the loader's own words in the interface language: French and Ukrainian
//! templates for every problem code (English is `briefing::problem::ENGLISH`, which the
//! build and the tests also use), and the loader's interface text in all three languages.
//!
//! Templates name their values (`{id}`), never position them, so each language may order
//! a sentence its own way; a test proves every language uses exactly the same names.

use super::Lang;
use crate::briefing::problem::{fill, Problem, ENGLISH};

const FRENCH: &[(&str, &str)] = &[
    ("file.empty", "est vide"),
    ("file.too_large", "fait {size} Mo ; la limite est de {limit} Mo"),
    ("file.larger_than_limit", "dépasse la limite de {limit} Mo"),
    ("file.not_utf8", "n’est pas du texte UTF-8 valide (octet invalide à la position {offset}) ; enregistrez-le en UTF-8"),
    ("document.too_deep", "est imbriqué sur plus de {max} niveaux (ligne {line}, colonne {column}) ; une synthèse n’en demande que quelques-uns"),
    ("document.not_object", "pas une synthèse : le document doit être un objet JSON ({ ... })"),
    ("json.syntax", "JSON non valide : {detail} (ligne {line}, colonne {column})"),
    ("json.data", "type incorrect : {detail} (ligne {line}, colonne {column})"),
    ("type.string", "type incorrect : une chaîne est attendue, trouvé {found}"),
    ("type.string_or_null", "type incorrect : une chaîne ou null est attendu, trouvé {found}"),
    ("type.array", "type incorrect : un tableau est attendu, trouvé {found}"),
    ("type.object", "type incorrect : un objet est attendu, trouvé {found}"),
    ("type.count", "type incorrect : un nombre entier positif ou nul est attendu, trouvé {found}"),
    ("type.integer", "type incorrect : un nombre entier est attendu, trouvé {found}"),
    ("format.missing", "est absent ; formats pris en charge : {supported}"),
    ("format.unknown", "« {found} » n’est pas un format que cet explorateur sait lire ; formats pris en charge : {supported}"),
    ("required", "est obligatoire et ne doit pas être vide"),
    ("id.invalid", "« {id} » n’est pas un identifiant valide : utilisez uniquement des lettres ASCII, des chiffres, « . », « _ », « : » et « - », en commençant par une lettre ou un chiffre, {max} caractères au plus"),
    ("id.duplicate", "identifiant « {id} » en double (déjà utilisé par {first})"),
    ("language.invalid", "« {value} » n’est pas une étiquette de langue BCP 47 comme « en » ou « fr-CA »"),
    ("date.invalid", "« {value} » n’est ni une date (AAAA-MM-JJ) ni null"),
    ("sources.empty", "au moins une source est requise"),
    ("sha256.missing", "est obligatoire : le SHA-256 de ce texte est {actual}"),
    ("sha256.mismatch", "ne correspond pas au texte : attendu {actual}, trouvé {found}"),
    ("reference.actor", "acteur inconnu « {id} »"),
    ("reference.topic", "sujet inconnu « {id} »"),
    ("reference.source", "source inconnue « {id} »"),
    ("vocabulary.missing", "est obligatoire : l’une des valeurs {words}"),
    ("stance.unknown", "position inconnue « {word} » ; valeurs possibles : {words}"),
    ("attribution.unknown", "attribution inconnue « {word} » ; valeurs possibles : {words}"),
    ("phase.unknown", "phase inconnue « {word} » ; valeurs possibles : {words}"),
    ("order.duplicate", "ordre {order} en double (déjà utilisé par {first})"),
    ("quotes.empty", "au moins une citation textuelle d’une source est requise"),
    ("quote.reversed", "start ({start}) doit être inférieur à end ({end})"),
    ("quote.past_end", "{end} dépasse la fin de la source « {source} » ({length} caractères)"),
    ("quote.differs", "diffère de la source aux caractères {start}..{end} : la source dit « {actual} »"),
    ("problems.more", "…et d’autres problèmes ; corrigez d’abord ceux-ci"),
    ("network.fetch_failed", "impossible de le récupérer ({error}) : l’adresse est peut-être erronée, le réseau coupé, ou le serveur n’autorise pas d’autres sites à le lire (CORS)"),
    ("network.read_failed", "la lecture s’est interrompue : {error}"),
    ("network.http_error", "le serveur a répondu HTTP {status} {status_text} ({content_type})"),
    ("network.http_error_untyped", "le serveur a répondu HTTP {status} {status_text} (sans type de contenu)"),
    ("network.not_json", "le serveur a répondu HTTP {status} avec {content_type}, pas du JSON"),
    ("network.timeout", "rien n’est arrivé pendant {seconds} secondes, le chargement s’est donc arrêté ; le serveur est peut-être bloqué : réessayez plus tard"),
];

const UKRAINIAN: &[(&str, &str)] = &[
    ("file.empty", "порожній"),
    ("file.too_large", "має розмір {size} МБ; обмеження — {limit} МБ"),
    ("file.larger_than_limit", "перевищує обмеження {limit} МБ"),
    ("file.not_utf8", "не є коректним текстом UTF-8 (недійсний байт на позиції {offset}); збережіть його в UTF-8"),
    ("document.too_deep", "має вкладеність понад {max} рівнів (рядок {line}, стовпець {column}); огляду потрібно лише кілька"),
    ("document.not_object", "це не огляд: документ має бути об'єктом JSON ({ ... })"),
    ("json.syntax", "некоректний JSON: {detail} (рядок {line}, стовпець {column})"),
    ("json.data", "неправильний тип: {detail} (рядок {line}, стовпець {column})"),
    ("type.string", "неправильний тип: очікувався рядок, знайдено {found}"),
    ("type.string_or_null", "неправильний тип: очікувався рядок або null, знайдено {found}"),
    ("type.array", "неправильний тип: очікувався масив, знайдено {found}"),
    ("type.object", "неправильний тип: очікувався об'єкт, знайдено {found}"),
    ("type.count", "неправильний тип: очікувалося ціле число, не менше 0, знайдено {found}"),
    ("type.integer", "неправильний тип: очікувалося ціле число, знайдено {found}"),
    ("format.missing", "відсутній; підтримувані формати: {supported}"),
    ("format.unknown", "«{found}» — формат, який цей переглядач не читає; підтримувані формати: {supported}"),
    ("required", "обов'язкове поле, не може бути порожнім"),
    ("id.invalid", "«{id}» — недійсний ідентифікатор: використовуйте лише латинські літери, цифри, «.», «_», «:» і «-», на початку — літера або цифра, не більше {max} символів"),
    ("id.duplicate", "повторюваний ідентифікатор «{id}» (уже використано в {first})"),
    ("language.invalid", "«{value}» — не мовний тег BCP 47, як-от «en» чи «fr-CA»"),
    ("date.invalid", "«{value}» — не дата (РРРР-ММ-ДД) і не null"),
    ("sources.empty", "потрібне принаймні одне джерело"),
    ("sha256.missing", "обов'язкове поле: SHA-256 цього тексту — {actual}"),
    ("sha256.mismatch", "не відповідає тексту: очікувалося {actual}, знайдено {found}"),
    ("reference.actor", "невідомий учасник «{id}»"),
    ("reference.topic", "невідома тема «{id}»"),
    ("reference.source", "невідоме джерело «{id}»"),
    ("vocabulary.missing", "обов'язкове поле: одне зі значень {words}"),
    ("stance.unknown", "невідома позиція «{word}»; можливі значення: {words}"),
    ("attribution.unknown", "невідомий спосіб атрибуції «{word}»; можливі значення: {words}"),
    ("phase.unknown", "невідомий етап «{word}»; можливі значення: {words}"),
    ("order.duplicate", "повторюваний порядковий номер {order} (уже використано в {first})"),
    ("quotes.empty", "потрібна принаймні одна дослівна цитата з джерела"),
    ("quote.reversed", "start ({start}) має бути меншим за end ({end})"),
    ("quote.past_end", "{end} виходить за межі джерела «{source}» ({length} символів)"),
    ("quote.differs", "відрізняється від джерела в символах {start}..{end}: у джерелі — «{actual}»"),
    ("problems.more", "…та інші проблеми; спершу виправте ці"),
    ("network.fetch_failed", "не вдалося отримати ({error}): можливо, адреса хибна, мережа недоступна або сервер не дозволяє іншим сайтам читати його (CORS)"),
    ("network.read_failed", "читання перервано: {error}"),
    ("network.http_error", "сервер відповів HTTP {status} {status_text} ({content_type})"),
    ("network.http_error_untyped", "сервер відповів HTTP {status} {status_text} (без типу вмісту)"),
    ("network.not_json", "сервер відповів HTTP {status} з типом {content_type}, а не JSON"),
    ("network.timeout", "протягом {seconds} секунд нічого не надійшло, тож завантаження зупинено; можливо, сервер завис: спробуйте пізніше"),
];

/// The loader's and the report's own interface text: `(key, English, French, Ukrainian)`.
const INTERFACE: &[(&str, &str, &str, &str)] = &[
    ("loader.cancel", "Cancel", "Annuler", "Скасувати"),
    (
        "loader.loaded_from",
        "Loaded from {what}",
        "Chargé depuis {what}",
        "Завантажено з {what}",
    ),
    (
        "loader.back_to_default",
        "Back to the built-in briefing",
        "Revenir à la synthèse intégrée",
        "Повернутися до вбудованого огляду",
    ),
    // What a problem is about when it has no JSON path.
    ("path.(document)", "(document)", "(document)", "(документ)"),
    ("path.(file)", "(file)", "(fichier)", "(файл)"),
    ("path.(network)", "(network)", "(réseau)", "(мережа)"),
    (
        "report.show_all",
        "Show all {n} problems",
        "Afficher les {n} problèmes",
        "Показати всі проблеми ({n})",
    ),
];

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

fn templates(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => ENGLISH,
        Lang::Fr => FRENCH,
        Lang::Uk => UKRAINIAN,
    }
}

/// `problem`'s message in `lang` (its English message if `lang` lacks the code).
pub fn message(lang: Lang, problem: &Problem) -> String {
    match templates(lang).iter().find(|(c, _)| *c == problem.code) {
        Some((_, template)) if problem.code.starts_with("json.") => {
            let args: Vec<(&str, String)> = problem
                .args
                .iter()
                .map(|(name, value)| match *name {
                    "detail" => (*name, json_detail(lang, value)),
                    _ => (*name, value.clone()),
                })
                .collect();
            fill(template, &args)
        }
        Some((_, template)) => fill(template, &problem.args),
        None => problem.message.clone(),
    }
}

/// The loader's interface text for `key` in `lang`; the key itself if unknown (a test
/// rules that out).
pub fn text(lang: Lang, key: &'static str) -> &'static str {
    INTERFACE
        .iter()
        .find(|(k, ..)| *k == key)
        .map_or(key, |(_, en, fr, uk)| in_lang(lang, en, fr, uk))
}

/// A problem's path as the report shows it: a JSON path as it is, the pseudo-paths
/// "(document)", "(file)" and "(network)" in `lang`.
pub fn path_label(lang: Lang, path: &str) -> String {
    INTERFACE
        .iter()
        .find(|(k, ..)| k.strip_prefix("path.") == Some(path))
        .map_or(path, |(_, en, fr, uk)| in_lang(lang, en, fr, uk))
        .to_string()
}

/// Splits `template` around `{name}`: the text before and after it, so that a view can put
/// an element (an isolated file name) in its place. Without the placeholder, all of the
/// template comes before.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let placeholder = format!("{{{name}}}");
    match template.split_once(&placeholder) {
        Some((before, after)) => (before, after),
        None => (template, ""),
    }
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
            let Err(problems) = crate::briefing::validate::parse(input) else {
                panic!("{input} parsed");
            };
            let problem = &problems[0];
            assert!(problem.code.starts_with("json."), "{input}: {problem:?}");
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
    fn every_problem_code_has_french_and_ukrainian_with_the_same_placeholders() {
        for lang in [Lang::Fr, Lang::Uk] {
            let table = templates(lang);
            for (code, english) in ENGLISH {
                let Some((_, translated)) = table.iter().find(|(c, _)| c == code) else {
                    panic!("{lang:?} has no template for {code}");
                };
                assert_eq!(
                    placeholders(translated),
                    placeholders(english),
                    "{lang:?} {code}: {translated}"
                );
            }
            for (code, _) in table {
                assert!(
                    ENGLISH.iter().any(|(c, _)| c == code),
                    "{lang:?} has a template for {code}, which no problem uses"
                );
            }
            assert_eq!(table.len(), ENGLISH.len(), "{lang:?} has a duplicate code");
        }
    }

    #[test]
    fn interface_text_has_the_same_placeholders_in_every_language() {
        for (key, en, fr, uk) in INTERFACE {
            assert_eq!(placeholders(fr), placeholders(en), "{key}");
            assert_eq!(placeholders(uk), placeholders(en), "{key}");
        }
    }

    #[test]
    fn messages_render_in_the_language_with_the_same_values() {
        let problem = Problem::new(
            "positions[0].actor",
            "reference.actor",
            vec![("id", "kremlin".to_string())],
        );
        assert_eq!(message(Lang::En, &problem), "unknown actor \"kremlin\"");
        assert_eq!(message(Lang::Fr, &problem), "acteur inconnu « kremlin »");
        assert_eq!(message(Lang::Uk, &problem), "невідомий учасник «kremlin»");
    }

    #[test]
    fn around_splits_at_the_placeholder() {
        assert_eq!(around("Loaded from {what}.", "what"), ("Loaded from ", "."));
        assert_eq!(around("no placeholder", "what"), ("no placeholder", ""));
    }
}
