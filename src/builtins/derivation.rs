//! Derivations: `derivationStrict`, the global `derivation` wrapped around it, and
//! `placeholder`.
//!
//! `derivationStrict attrs` turns a set into a store derivation (see
//! [`crate::store::drv`]) and returns `{ drvPath = ...; <output> = <path>; ... }`:
//!
//! * attributes are read in name order; `args` (a list) gives the builder's arguments,
//!   every other attribute becomes an environment variable, coerced to a string the way
//!   `toString` does it but with paths copied to the store (`null` and `false` give
//!   `""`, lists are joined with spaces). With `__structuredAttrs = true` they are
//!   written as one JSON object into `__json` instead. `__ignoreNulls = true` skips
//!   attributes whose value is `null`;
//! * `builder`, `system`, `outputs` (whitespace-separated names, default `out`),
//!   `outputHash`, `outputHashAlgo` and `outputHashMode` are read from those values;
//! * the contexts of all those strings are the inputs: a plain store path is an input
//!   source, a derivation output an input derivation. A whole-derivation element (a
//!   `drvPath`) needs the derivation's closure, which a store that was never written to
//!   cannot give: as in C++ Nix's read-only evaluation, that is an error;
//! * with `outputHash` the derivation is fixed-output, otherwise each output's path
//!   follows from the derivation's hash modulo.
//!
//! Nothing is written: the `.drv` path is computed, and the output hashes are kept in
//! the evaluator so that later derivations can use this one as an input.

use super::Builder;
use super::hashes::{Algo, Format, parse_any, render};
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::source::Pos;
use crate::store::drv::{Derivation, FixedOutput, Output, OutputHashes, output_path};
use crate::store::{
    check_store_name, fixed_output_path, invalid_store_path_message, nix32_encode, sha256,
};
use crate::value::{Attrs, AttrsBuilder, Context, ContextElem, NixString, PrimOp, Symbol, Value};
use std::collections::BTreeSet;
use std::path::Path;
use std::rc::Rc;

pub fn register(b: &mut Builder) {
    b.primop("derivationStrict", 1, derivation_strict);
    b.primop("placeholder", 1, placeholder);
    b.constant("derivation", Value::native_thunk(eval_derivation_wrapper));
}

/// The file name C++ Nix gives the `derivation` function's source in positions
/// (`unsafeGetAttrPos`); its traces call it `<nix/derivation-internal.nix>`.
pub(crate) const WRAPPER_NAME: &str = "/derivation-internal.nix";

/// The `derivation` function, in Nix. Its result is the set of the first output; each
/// output's set holds the attributes given, `drvAttrs` (those attributes as a set),
/// `all` (every output's set), every output by name, and its own `outPath`, `drvPath`,
/// `outputName` and `type = "derivation"`. `derivationStrict` runs only once an
/// `outPath` or `drvPath` is needed.
///
/// The attributes the result gets from here have positions (`unsafeGetAttrPos`), so
/// the code is laid out to put them on the lines and columns C++ Nix's version has:
/// the comment at the top pads it to that.
pub(crate) const WRAPPER_SOURCE: &str = r#"# nixref's `derivation`.
#
# It takes the attributes of a derivation and gives back a set per output.
# The work is done by the `derivationStrict` builtin, which computes the store
# derivation, its path and the paths of its outputs. This wrapper makes that
# lazy: the sets it returns share the attributes they were given, and only
# their `drvPath` and `outPath` need `derivationStrict`'s result, so a
# derivation's other attributes (its name, its outputs, the attributes passed
# to it) can be read without computing any store path.
#
# Every output gets a set of its own. Each holds
#  - the attributes given (`drvAttrs` also holds them as one set),
#  - every output's set by output name, and `all`, the list of them,
#  - its own `outPath`, `drvPath`, `outputName` and `type = "derivation"`.
# The first output named in `outputs` (`out` unless given) is the result.
#
# The lines below are placed so that the attributes defined here have the
# positions the same attributes have in C++ Nix, which programs can observe
# with `builtins.unsafeGetAttrPos`.
#
#
#
#
#
#
#
#
#
#
drvAttrs@{
  outputs ? [ "out" ],
  ...
}:

let

  strict = derivationStrict drvAttrs;

  # What every output's set holds: the given attributes, each output by
  # name, all outputs as a list, and the given attributes as one set.
  commonAttrs =
    drvAttrs // builtins.listToAttrs perOutput // {
      all = map (o: o.value) perOutput;
      inherit drvAttrs;
    };

  forOutput = outputName: {
    name = outputName;
    value = commonAttrs // {
      outPath = builtins.getAttr outputName strict;
      drvPath = strict.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };

  perOutput = map forOutput outputs;

in
(builtins.head perOutput).value
"#;

/// Evaluates [`WRAPPER_SOURCE`] against the globals (the first time `derivation` is
/// used; until then it is an unevaluated value, as in C++ Nix).
fn eval_derivation_wrapper(ev: &Evaluator) -> Result<Value> {
    let file = crate::source::BUILTIN_FILE;
    let expr = ev.parse_file_id(file, WRAPPER_SOURCE.as_bytes(), Path::new("/"), None)?;
    ev.eval(&expr, &ev.root_env(Vec::new()))
}

/// `placeholder output`: `/` and the nix32 SHA-256 of `nix-output:<output>`, which a
/// builder sees replaced by that output's path.
fn placeholder(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.placeholder",
    )?;
    Ok(Value::string(hash_placeholder(name.as_bytes())))
}

fn hash_placeholder(output: &[u8]) -> String {
    let mut text = b"nix-output:".to_vec();
    text.extend_from_slice(output);
    format!("/{}", nix32_encode(&sha256(&text)))
}

/// `derivationStrict attrs`. The name is read first (C++ Nix does, for its messages);
/// every later error is framed with the derivation's name and where it was defined.
fn derivation_strict(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let attrs = ev.force_attrs(
        &args[0],
        "while evaluating the argument passed to builtins.derivationStrict",
    )?;
    let Some(name) = attrs.get(Symbol::NAME) else {
        return Err(
            Error::new(ErrorKind::MissingAttr, "attribute 'name' missing").with_context(
                None,
                "in the attrset passed as argument to builtins.derivationStrict",
            ),
        );
    };
    let name_pos = attrs.pos(Symbol::NAME);
    let name = ev
        .force_string_no_ctx(
            name,
            "while evaluating the `name` attribute passed to builtins.derivationStrict",
        )
        .map_err(|e| {
            e.with_context(name_pos, "while evaluating the derivation attribute 'name'")
        })?;
    let name = name.to_str_lossy().into_owned();
    let located = name_pos.map_or_else(|| "«none»".to_string(), |p| ev.sources.describe(p));
    instantiate(ev, &name, &attrs).map_err(|e| {
        e.with_context(
            None,
            format!("while evaluating derivation '{name}'\n  whose name attribute is located at {located}"),
        )
    })
}

/// How a fixed output's hash is computed (`outputHashMode`).
#[derive(Clone, Copy)]
enum HashMode {
    Flat,
    Nar,
}

/// What the attributes say, gathered while they are read.
struct Collected {
    drv: Derivation,
    context: Context,
    /// `__structuredAttrs`: the JSON object's members, already written.
    json: Option<Vec<(String, String)>>,
    output_hash: Option<Vec<u8>>,
    output_hash_algo: Option<Algo>,
    hash_mode: Option<HashMode>,
    outputs: BTreeSet<String>,
}

fn experimental(feature: &str) -> Error {
    Error::type_error(format!(
        "experimental Nix feature '{feature}' is disabled; add '--extra-experimental-features {feature}' to enable it"
    ))
}

/// Checks a derivation's name before anything else is read.
fn check_derivation_name(name: &str) -> Result<()> {
    check_store_name(name).map_err(|reason| {
        Error::type_error(format!(
            "invalid derivation name: {reason}. Please pass a different 'name'."
        ))
    })
}

fn instantiate(ev: &Evaluator, name: &str, attrs: &Attrs) -> Result<Value> {
    check_derivation_name(name)?;
    let flag = |key: &str| -> Result<bool> {
        match attrs.get(ev.sym(key)) {
            Some(v) => ev.force_bool(v, || {
                format!(
                    "while evaluating the `{key}` attribute passed to builtins.derivationStrict"
                )
            }),
            None => Ok(false),
        }
    };
    let structured = flag("__structuredAttrs")?;
    let ignore_nulls = flag("__ignoreNulls")?;
    let mut c = Collected {
        drv: Derivation {
            name: name.to_string(),
            ..Derivation::default()
        },
        context: Context::new(),
        json: structured.then(Vec::new),
        output_hash: None,
        output_hash_algo: None,
        hash_mode: None,
        outputs: ["out".to_string()].into(),
    };
    // In name order, as C++ Nix reads them.
    for e in ev.symbols.by_name(attrs) {
        if e.name == Symbol::IGNORE_NULLS {
            continue;
        }
        let key = ev.symbols.name(e.name);
        let pos = e.pos.known();
        read_attr(ev, &mut c, key, &e.value, ignore_nulls, pos).map_err(|err| {
            err.with_context(
                pos,
                format!(
                    "while evaluating attribute '{}' of derivation '{name}'",
                    String::from_utf8_lossy(key)
                ),
            )
        })?;
    }
    finish(ev, c)
}

/// Reads one attribute into the derivation.
fn read_attr(
    ev: &Evaluator,
    c: &mut Collected,
    key: &[u8],
    v: &Value,
    ignore_nulls: bool,
    pos: Option<Pos>,
) -> Result<()> {
    if ignore_nulls && matches!(ev.force(v)?, Value::Null) {
        return Ok(());
    }
    if key == b"__contentAddressed" && ev.force_bool(v, "")? {
        return Err(experimental("ca-derivations"));
    }
    if key == b"__impure" && ev.force_bool(v, "")? {
        return Err(experimental("impure-derivations"));
    }
    if key == b"args" {
        for arg in ev.force_list(v, "")?.iter() {
            let s = coerce(ev, arg, "while evaluating an element of the argument list")?;
            c.context.extend(s.context().iter().cloned());
            c.drv.args.push(s.as_bytes().to_vec());
        }
        return Ok(());
    }
    match c.json {
        Some(_) => read_structured(ev, c, key, v, pos),
        None => read_env(ev, c, key, v),
    }
}

/// Coerces a derivation attribute: `toString`'s rules, with paths copied to the store.
fn coerce(ev: &Evaluator, v: &Value, ctx: &str) -> Result<NixString> {
    let mode = CoerceMode {
        copy_to_store: true,
        ..CoerceMode::TO_STRING
    };
    ev.coerce_to_nix_string(v, mode, ctx)
}

/// An attribute as an environment variable (no `__structuredAttrs`).
fn read_env(ev: &Evaluator, c: &mut Collected, key: &[u8], v: &Value) -> Result<()> {
    let s = coerce(ev, v, "")?;
    c.context.extend(s.context().iter().cloned());
    let bytes = s.as_bytes();
    c.drv.env.insert(key.to_vec(), bytes.to_vec());
    match key {
        b"builder" => c.drv.builder = bytes.to_vec(),
        b"system" => c.drv.platform = bytes.to_vec(),
        b"outputHash" => c.output_hash = Some(bytes.to_vec()),
        b"outputHashAlgo" => c.output_hash_algo = Algo::parse(bytes).ok(),
        b"outputHashMode" => c.hash_mode = Some(hash_mode(bytes)?),
        b"outputs" => {
            let names = bytes
                .split(|b| b" \t\n\r".contains(b))
                .filter(|n| !n.is_empty())
                .map(|n| String::from_utf8_lossy(n).into_owned());
            c.outputs = output_names(names)?;
        }
        _ => {}
    }
    Ok(())
}

/// An attribute as a member of `__json` (`__structuredAttrs = true`). The special
/// attributes are read from the same value; `system` and the hash attributes must be
/// strings without context, `outputs` a list of them.
fn read_structured(
    ev: &Evaluator,
    c: &mut Collected,
    key: &[u8],
    v: &Value,
    pos: Option<Pos>,
) -> Result<()> {
    if key == b"__structuredAttrs" {
        return Ok(());
    }
    let value = crate::print::to_json(ev, v, &mut c.context)?;
    let name = crate::print::to_json(ev, &Value::string(NixString::plain(key)), &mut c.context)?;
    c.json.as_mut().expect("structured").push((name, value));
    let no_ctx = |v: &Value| ev.force_string_no_ctx(v, "").map(|s| s.as_bytes().to_vec());
    match key {
        b"builder" => {
            let s = ev.force_string(v, "")?;
            c.context.extend(s.context().iter().cloned());
            c.drv.builder = s.as_bytes().to_vec();
        }
        b"system" => c.drv.platform = no_ctx(v)?,
        b"outputHash" => c.output_hash = Some(no_ctx(v)?),
        b"outputHashAlgo" => c.output_hash_algo = Algo::parse(&no_ctx(v)?).ok(),
        b"outputHashMode" => c.hash_mode = Some(hash_mode(&no_ctx(v)?)?),
        b"outputs" => {
            let mut names = Vec::new();
            for o in ev.force_list(v, "")?.iter() {
                names.push(String::from_utf8_lossy(&no_ctx(o)?).into_owned());
            }
            c.outputs = output_names(names)?;
        }
        _ => warn_output_check(ev, key, &c.drv.name, pos),
    }
    Ok(())
}

/// With structured attributes, the output checks must be given per output; C++ Nix
/// warns when they are given the old way. The warning is written as current C++ Nix
/// writes it (Nix's own tests record that form): framed by the derivation's name and
/// placed at the attribute. (Nix 2.26 wrote it on one line: "In a derivation named
/// '<name>', 'structuredAttrs' disables ...".)
fn warn_output_check(ev: &Evaluator, key: &[u8], drv_name: &str, pos: Option<Pos>) {
    const CHECKS: [&str; 6] = [
        "allowedReferences",
        "allowedRequisites",
        "disallowedReferences",
        "disallowedRequisites",
        "maxSize",
        "maxClosureSize",
    ];
    let Some(check) = CHECKS.iter().find(|c| c.as_bytes() == key) else {
        return;
    };
    const INDENT: &str = "         ";
    let mut text = format!(
        "warning:\n{INDENT}\u{2026} while evaluating derivation '{drv_name}'\n\n\
         {INDENT}warning: 'structuredAttrs' disables the effect of the derivation attribute \
         '{check}'; use 'outputChecks.<output>.{check}' instead\n"
    );
    if let Some(p) = pos {
        text.push_str(&format!("{INDENT}at {}:\n", ev.sources.describe(p)));
        text.push_str(&ev.sources.excerpt(p, INDENT));
    }
    ev.message(crate::output::MessageKind::Warning, text.as_bytes());
}

/// `outputHashMode`: `flat`, `nar` or its old name `recursive`; `text` and `git` need
/// experimental features.
fn hash_mode(s: &[u8]) -> Result<HashMode> {
    match s {
        b"flat" => Ok(HashMode::Flat),
        b"nar" | b"recursive" => Ok(HashMode::Nar),
        b"text" => Err(experimental("dynamic-derivations")),
        b"git" => Err(experimental("git-hashing")),
        _ => Err(Error::type_error(format!(
            "invalid value '{}' for 'outputHashMode' attribute",
            String::from_utf8_lossy(s)
        ))),
    }
}

/// The output names, which must be distinct, not `drvPath`, and at least one.
fn output_names(names: impl IntoIterator<Item = String>) -> Result<BTreeSet<String>> {
    let mut set = BTreeSet::new();
    for n in names {
        if set.contains(&n) {
            return Err(Error::type_error(format!(
                "duplicate derivation output '{n}'"
            )));
        }
        if n == "drvPath" {
            return Err(Error::type_error(
                "invalid derivation output name 'drvPath'",
            ));
        }
        set.insert(n);
    }
    if set.is_empty() {
        return Err(Error::type_error(
            "derivation cannot have an empty set of outputs",
        ));
    }
    Ok(set)
}

/// Everything after the attributes are read: inputs, checks, output paths, the `.drv`
/// path, and the result set.
fn finish(ev: &Evaluator, mut c: Collected) -> Result<Value> {
    let store_dir = ev.options.store_dir.clone();
    if let Some(members) = c.json.take() {
        let body: Vec<String> = members.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        let json = format!("{{{}}}", body.join(","));
        c.drv.env.insert(b"__json".to_vec(), json.into_bytes());
    }
    add_inputs(&mut c.drv, &c.context)?;
    if c.drv.builder.is_empty() {
        return Err(Error::type_error("required attribute 'builder' missing"));
    }
    if c.drv.platform.is_empty() {
        return Err(Error::type_error("required attribute 'system' missing"));
    }
    if c.drv.name.ends_with(".drv") {
        return Err(Error::type_error(
            "derivation names are allowed to end in '.drv' only if they produce a single derivation file",
        ));
    }
    match c.output_hash.take() {
        Some(hash) => fixed_output(ev, &mut c, &hash, &store_dir)?,
        None => input_addressed(ev, &mut c, &store_dir)?,
    }
    let drv_path = c.drv.drv_path(&store_dir);
    check_path_name(&store_dir, &drv_path)?;
    let hashes = c
        .drv
        .hash_modulo(false, &|p| known(ev, p))
        .map_err(Error::type_error)?;
    ev.known_drvs.insert(drv_path.clone(), hashes);
    write_drv(ev, &c.drv, &drv_path)?;
    Ok(result_set(ev, &c.drv, drv_path.into()))
}

/// The context elements as the derivation's inputs.
fn add_inputs(drv: &mut Derivation, context: &Context) -> Result<()> {
    for elem in context {
        match elem {
            ContextElem::Opaque(p) => {
                drv.input_srcs.insert(p.to_string());
            }
            ContextElem::DrvDeep(d) => {
                // C++ Nix's store refuses to compute the closure of a `.drv` it does not
                // hold (an `InvalidPath`, not an evaluation error).
                return Err(Error::new(
                    ErrorKind::InvalidPath,
                    format!("path '{d}' is not valid"),
                ));
            }
            ContextElem::Built { drv: d, output } => {
                drv.input_drvs
                    .entry(d.to_string())
                    .or_default()
                    .insert(output.to_string());
            }
        }
    }
    Ok(())
}

/// The output hashes of an input derivation. One not instantiated by this evaluation
/// would have to be read from the store, which C++ Nix's evaluation store cannot do.
fn known(ev: &Evaluator, drv_path: &str) -> Result<OutputHashes, String> {
    ev.known_drvs
        .get(drv_path)
        .ok_or_else(|| "operation 'getFSAccessor' is not supported by store 'dummy'".to_string())
}

/// C++ Nix checks a store path's name when it makes the path.
fn check_path_name(store_dir: &str, path: &str) -> Result<()> {
    let name = &path[store_dir.len() + 1 + crate::store::path::hash_len() + 1..];
    check_store_name(name)
        .map_err(|reason| Error::type_error(invalid_store_path_message(store_dir, path, &reason)))
}

/// A fixed-output derivation: a single output `out` whose hash is given.
fn fixed_output(ev: &Evaluator, c: &mut Collected, hash: &[u8], store_dir: &str) -> Result<()> {
    if c.outputs.len() != 1 || !c.outputs.contains("out") {
        return Err(Error::type_error(
            "multiple outputs are not supported in fixed-output derivations",
        ));
    }
    let (algo, digest) = parse_output_hash(ev, hash, c.output_hash_algo)?;
    let recursive = matches!(c.hash_mode, Some(HashMode::Nar));
    let path = fixed_output_path(store_dir, &c.drv.name, recursive, algo.name(), &digest);
    check_path_name(store_dir, &path)?;
    c.drv.env.insert(b"out".to_vec(), path.clone().into_bytes());
    let output = FixedOutput {
        recursive,
        algo: algo.name(),
        hash: digest,
        path,
    };
    c.drv
        .outputs
        .insert("out".to_string(), Output::Fixed(output));
    Ok(())
}

/// C++ Nix's `newHashAllowEmpty`: an empty hash stands for all zeroes (with a warning)
/// when the algorithm is known.
fn parse_output_hash(ev: &Evaluator, hash: &[u8], algo: Option<Algo>) -> Result<(Algo, Vec<u8>)> {
    if !hash.is_empty() {
        return parse_any(hash, algo);
    }
    let Some(algo) = algo else {
        return Err(Error::type_error(
            "empty hash requires explicit hash algorithm",
        ));
    };
    let zero = vec![0; algo.size()];
    ev.warn(&format!(
        "found empty hash, assuming '{}'",
        render(algo, &zero, Format::Sri)
    ));
    Ok((algo, zero))
}

/// An input-addressed derivation: each output's path comes from the hash of the
/// derivation with its output paths left empty.
fn input_addressed(ev: &Evaluator, c: &mut Collected, store_dir: &str) -> Result<()> {
    for o in &c.outputs {
        c.drv.env.insert(o.clone().into_bytes(), Vec::new());
        c.drv.outputs.insert(o.clone(), Output::Deferred);
    }
    let hashes = c
        .drv
        .hash_modulo(true, &|p| known(ev, p))
        .map_err(Error::type_error)?;
    for o in &c.outputs {
        let path = output_path(store_dir, &c.drv.name, o, &hashes[o]);
        check_path_name(store_dir, &path)?;
        c.drv
            .env
            .insert(o.clone().into_bytes(), path.clone().into_bytes());
        c.drv
            .outputs
            .insert(o.clone(), Output::InputAddressed(path));
    }
    Ok(())
}

/// `{ drvPath = ...; <output> = <path>; ... }`: `drvPath` refers to the whole
/// derivation, each output path to that output.
fn result_set(ev: &Evaluator, drv: &Derivation, drv_path: Rc<str>) -> Value {
    let mut m = AttrsBuilder::with_capacity(drv.outputs.len() + 1);
    let deep: Context = [ContextElem::DrvDeep(drv_path.clone())].into();
    m.insert(
        Symbol::DRV_PATH,
        Value::String(NixString::new(drv_path.as_bytes(), deep)),
    );
    for (name, output) in &drv.outputs {
        let path = match output {
            Output::InputAddressed(p) => p,
            Output::Fixed(f) => &f.path,
            Output::Deferred => unreachable!("every output has a path by now"),
        };
        let built: Context = [ContextElem::Built {
            drv: drv_path.clone(),
            output: name.as_str().into(),
        }]
        .into();
        m.insert(
            ev.sym(name),
            Value::String(NixString::new(path.as_bytes(), built)),
        );
    }
    Value::Attrs(m.finish())
}

/// With a writable store, the `.drv` file is written to it, as C++ Nix's
/// `writeDerivation` does outside read-only mode (its output paths go to
/// `DerivationOutputs`).
fn write_drv(ev: &Evaluator, drv: &Derivation, drv_path: &str) -> Result<()> {
    if !ev.options.store.writable() {
        return Ok(());
    }
    let outputs: Vec<(String, String)> = drv
        .outputs
        .iter()
        .filter_map(|(name, o)| match o {
            Output::InputAddressed(p) => Some((name.clone(), p.clone())),
            Output::Fixed(f) => Some((name.clone(), f.path.clone())),
            Output::Deferred => None,
        })
        .collect();
    super::store::write_text(
        ev,
        drv_path,
        &drv.unparse(false, None),
        &drv.references(),
        &outputs,
    )
}
