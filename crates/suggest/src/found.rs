//! A quotation found and its speaker, as the speaker rules (`speakers`) give them and the
//! actor rules (`actors`) read them: the types alone, so neither module needs the other's
//! code to name them.

use crate::quotes::QuoteKind;
use crate::{ActorKind, Span};

/// A speaker as the text names them.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Where the name itself is (for a pronoun, where the name it stands for is).
    pub name: Span,
    pub role: Option<Span>,
    pub kind: ActorKind,
    /// The words that attribute the quotation.
    pub evidence: Span,
}

/// A quotation found, with its speaker if known.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
}
