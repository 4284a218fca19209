//! What every entity list of a [`Record`] shares, so that code handling all of them names none.
//!
//! An output item type (a number, a date, an e-mail address…) implements [`Item`]: its record key, its
//! fields in the contract, where its list lives in a [`Record`], how tone restyling and the HTML report
//! treat it, and how the evaluator matches it against gold. [`KindOf`] turns that static description
//! into a [`Kind`] object; each extractor lists the kinds it emits
//! ([`crate::extract::Extractor::kinds`]) and [`crate::extract::kinds`] gathers them in record order.
//! Filling a record, restyling it, the JSON Schema, `eval`, `stats` and the report loop over those kinds.
//!
//! An extractor hands its items to the pipeline boxed in an [`crate::extract::Entity`]; the pipeline
//! fills in `text` and `span` and [places](AnyItem::place) each into its list.

use std::any::Any;
use std::fmt::Debug;
use std::marker::PhantomData;

use serde::Serialize;
use serde_json::Value as Json;

use crate::decimal::Decimal;
use crate::output::Record;
use crate::schema::Field;

/// An output item type: one entry of one entity list of a [`Record`].
pub trait Item: Serialize + Debug + Clone + PartialEq + Send + Sync + 'static {
    /// The record key of its list ("numbers").
    const KEY: &'static str;
    /// One item's kind in the singular ("number"): the report's `data-kind` and CSS class.
    const SINGULAR: &'static str;
    /// What the list holds, for the JSON Schema and `vnextract schema --explain`.
    const DOC: &'static str;
    /// The report's highlight colour (CSS).
    const COLOUR: &'static str;
    /// Fields that `eval` compares on matched pairs (reported as attribute accuracy).
    const ATTRIBUTES: &'static [&'static str];
    /// Fields that `eval --show` prints for a miss or a false positive.
    const DESCRIBE: &'static [&'static str];

    /// The item's fields in the contract, after `text` and `span`.
    fn fields() -> Vec<Field>;
    /// Its list in a record.
    fn list(rec: &Record) -> &Vec<Self>;
    /// Its list in a record, to push onto.
    fn list_mut(rec: &mut Record) -> &mut Vec<Self>;
    /// The item's `text` and `span`.
    fn text_span(&self) -> (&str, [usize; 2]);
    /// Sets the item's `text` and `span` (extractors leave them empty; the pipeline fills them in).
    fn set_text_span(&mut self, text: String, span: [usize; 2]);
    /// Applies `fix` (a tone restyling) to every field that holds article text, `text` included.
    fn restyle(&mut self, fix: &dyn Fn(&mut String));
    /// The report's hover text: the item and its structured value in one line.
    fn hover(&self) -> String;
    /// Work on the whole list once the record is filled (numbering mentions of one body, say); the
    /// default does nothing.
    fn finish(_list: &mut [Self]) {}
    /// Whether a predicted item (`pred`, as output JSON) carries the key value of a gold item whose span
    /// it overlaps (see `DESIGN.md`); say `true` explicitly where overlap alone decides.
    fn key_agrees(gold: &Json, pred: &Json) -> bool;
}

/// The four [`Item`] methods that only name the item's list in [`Record`] and its `text` and `span`
/// fields, for an item type with those two fields: `record_list!(numbers);` inside `impl Item`.
macro_rules! record_list {
    ($list:ident) => {
        fn list(rec: &$crate::output::Record) -> &Vec<Self> {
            &rec.$list
        }

        fn list_mut(rec: &mut $crate::output::Record) -> &mut Vec<Self> {
            &mut rec.$list
        }

        fn text_span(&self) -> (&str, [usize; 2]) {
            (&self.text, self.span)
        }

        fn set_text_span(&mut self, text: String, span: [usize; 2]) {
            (self.text, self.span) = (text, span);
        }
    };
}
pub(crate) use record_list;

/// An entity kind as an object: [`Item`]'s description, usable behind `&dyn Kind`.
pub trait Kind: Sync {
    fn key(&self) -> &'static str;
    fn singular(&self) -> &'static str;
    fn colour(&self) -> &'static str;
    fn attributes(&self) -> &'static [&'static str];
    fn describe(&self) -> &'static [&'static str];
    /// The list's field in the record's contract.
    fn field(&self) -> Field;
    fn key_agrees(&self, gold: &Json, pred: &Json) -> bool;
    /// How many items of this kind `rec` holds.
    fn count(&self, rec: &Record) -> usize;
    /// Each item's span and text.
    fn spans<'r>(&self, rec: &'r Record) -> Vec<([usize; 2], &'r str)>;
    /// Each item's span, hover text and JSON, for the report.
    fn marks(&self, rec: &Record) -> Vec<([usize; 2], String, String)>;
    /// Applies `fix` to every article-text field of every item of this kind in `rec`.
    fn restyle(&self, rec: &mut Record, fix: &dyn Fn(&mut String));
    /// [`Item::finish`] on the kind's list in `rec`.
    fn finish(&self, rec: &mut Record);
}

/// The [`Kind`] of an [`Item`] type: `&KindOf::<NumberItem>::KIND`.
pub struct KindOf<T>(PhantomData<fn() -> T>);

impl<T: Item> KindOf<T> {
    pub const KIND: KindOf<T> = KindOf(PhantomData);
}

impl<T: Item> Kind for KindOf<T> {
    fn key(&self) -> &'static str {
        T::KEY
    }

    fn singular(&self) -> &'static str {
        T::SINGULAR
    }

    fn colour(&self) -> &'static str {
        T::COLOUR
    }

    fn attributes(&self) -> &'static [&'static str] {
        T::ATTRIBUTES
    }

    fn describe(&self) -> &'static [&'static str] {
        T::DESCRIBE
    }

    fn field(&self) -> Field {
        Field::entity_list(T::KEY, T::fields(), T::DOC)
    }

    fn key_agrees(&self, gold: &Json, pred: &Json) -> bool {
        T::key_agrees(gold, pred)
    }

    fn count(&self, rec: &Record) -> usize {
        T::list(rec).len()
    }

    fn spans<'r>(&self, rec: &'r Record) -> Vec<([usize; 2], &'r str)> {
        T::list(rec).iter().map(|it| (it.text_span().1, it.text_span().0)).collect()
    }

    fn marks(&self, rec: &Record) -> Vec<([usize; 2], String, String)> {
        T::list(rec)
            .iter()
            .map(|it| (it.text_span().1, it.hover(), serde_json::to_string(it).unwrap_or_default()))
            .collect()
    }

    fn restyle(&self, rec: &mut Record, fix: &dyn Fn(&mut String)) {
        T::list_mut(rec).iter_mut().for_each(|it| it.restyle(fix));
    }

    fn finish(&self, rec: &mut Record) {
        T::finish(T::list_mut(rec));
    }
}

/// The `span` of an item as output JSON (`[0, 0]` when absent).
pub fn span_of(v: &Json) -> [usize; 2] {
    let s = v.get("span").and_then(Json::as_array);
    let at = |i: usize| s.and_then(|s| s.get(i)).and_then(Json::as_u64).unwrap_or(0) as usize;
    [at(0), at(1)]
}

/// A JSON number or numeric string as an exact decimal, for [`Item::key_agrees`].
pub fn json_decimal(v: Option<&Json>) -> Option<Decimal> {
    match v? {
        Json::Number(n) => Decimal::parse(&n.to_string()),
        Json::String(s) => Decimal::parse(s),
        _ => None,
    }
}

/// A JSON string, `None` for anything else, for [`Item::key_agrees`].
pub fn json_str(v: Option<&Json>) -> Option<&str> {
    v.and_then(Json::as_str)
}

/// An [`Item`] behind a box, as extractors hand items to the pipeline.
pub trait AnyItem: Debug + Send + Sync {
    /// Sets `text` and `span` and pushes the item onto its list in `rec`.
    fn place(self: Box<Self>, text: String, span: [usize; 2], rec: &mut Record);
    /// The record key of its list.
    fn key(&self) -> &'static str;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
    fn clone_box(&self) -> Box<dyn AnyItem>;
    fn eq_dyn(&self, other: &dyn AnyItem) -> bool;
}

impl<T: Item> AnyItem for T {
    fn place(self: Box<Self>, text: String, span: [usize; 2], rec: &mut Record) {
        let mut it = *self;
        it.set_text_span(text, span);
        T::list_mut(rec).push(it);
    }

    fn key(&self) -> &'static str {
        T::KEY
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }

    fn clone_box(&self) -> Box<dyn AnyItem> {
        Box::new(self.clone())
    }

    fn eq_dyn(&self, other: &dyn AnyItem) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
}
