//! The bytecode VM's instruction set (tvix-eval's `Op`, kept by snix-eval), in our words.
//!
//! Stack positions: {1} is the top of the stack, {2} the value below it.

/// One instruction of the VM.
pub struct Instruction {
    /// The instruction's name.
    pub name: &'static str,
    /// What it does.
    pub meaning: &'static str,
}

const fn op(name: &'static str, meaning: &'static str) -> Instruction {
    Instruction { name, meaning }
}

/// All 48 instructions, in the order of the VM's `Op` enumeration.
pub const INSTRUCTIONS: [Instruction; 48] = [
    op(
        "Constant",
        "push an entry of the chunk's constant table (a literal, a global's value, a ready-made thunk or closure that captures nothing)",
    ),
    op("Pop", "drop {1}"),
    op(
        "Invert",
        "replace the Boolean {1} by its negation (type error for anything else; a catchable error passes through)",
    ),
    op("Negate", "replace the number {1} by its negation"),
    op(
        "Add",
        "`+` of {2} and {1}: numbers add, otherwise string or path concatenation decided by {2}",
    ),
    op("Sub", "numeric {2} minus {1}"),
    op("Mul", "numeric {2} times {1}"),
    op(
        "Div",
        "numeric {2} divided by {1} (the divisor is checked for zero first)",
    ),
    op(
        "Equal",
        "Nix equality of {2} and {1}, forcing their insides as needed",
    ),
    op("Less", "whether {2} < {1} (numbers, strings, paths, lists)"),
    op("LessOrEq", "whether {2} <= {1}"),
    op("More", "whether {2} > {1}"),
    op("MoreOrEq", "whether {2} >= {1}"),
    op("Jump", "jump forward unconditionally"),
    op(
        "JumpIfTrue",
        "jump forward if {1} is `true` (type error if it is not a Boolean); {1} stays",
    ),
    op(
        "JumpIfFalse",
        "jump forward if {1} is `false` (type error if it is not a Boolean); {1} stays",
    ),
    op(
        "JumpIfCatchable",
        "jump forward if {1} is a catchable error value (a `throw` or failed `assert` carried as a value); {1} stays and becomes the result",
    ),
    op(
        "JumpIfNotFound",
        "if {1} is the not-found marker left by `AttrsTrySelect`, drop it and jump forward",
    ),
    op(
        "JumpIfNoFinaliseRequest",
        "internal to formals with defaults: jump forward unless {1} says that the default was used and its thunk needs `Finalise`",
    ),
    op(
        "Attrs",
        "build a set from N name/value pairs on the stack (a `null` name drops its pair; a repeated name is an error)",
    ),
    op("AttrsUpdate", "`//`: the set {2} updated with the set {1}"),
    op(
        "AttrsSelect",
        "the value of the attribute named {1} in the set {2}; an error if {2} is not a set or lacks it",
    ),
    op(
        "AttrsTrySelect",
        "like `AttrsSelect`, but leaves the not-found marker when {2} is not a set or lacks the name",
    ),
    op(
        "HasAttr",
        "whether the set {2} has an attribute named {1} (false when {2} is not a set)",
    ),
    op(
        "ValidateClosedFormals",
        "fail if the argument set {1} has a name the running lambda's formals do not list",
    ),
    op(
        "PushWith",
        "make a stack slot (holding a `with` namespace, not yet forced) the innermost `with` scope",
    ),
    op("PopWith", "leave the innermost `with` scope"),
    op(
        "ResolveWith",
        "look the name {1} up through the `with` scopes, innermost first, forcing each namespace it reaches",
    ),
    op("List", "build a list of the top N stack values"),
    op("Concat", "`++` of the lists {2} and {1}"),
    op(
        "Interpolate",
        "pop N string fragments and join them into one string, with the union of their contexts",
    ),
    op(
        "CoerceToString",
        "force {1} and coerce it to a string as interpolation does (paths are imported into the store)",
    ),
    op(
        "FindFile",
        "resolve a `<name>` path through the search path",
    ),
    op(
        "ResolveHomePath",
        "resolve a `~/…` path against the home directory",
    ),
    op(
        "AssertBool",
        "fail unless {1} is a Boolean (or a catchable error, which passes)",
    ),
    op(
        "AssertAttrs",
        "fail unless {1} is a set (or a catchable error, which passes)",
    ),
    op(
        "GetLocal",
        "push a copy of a stack slot of the running frame (a local variable)",
    ),
    op("CloseScope", "drop N locals below {1}, keeping {1}"),
    op(
        "AssertFail",
        "push the catchable error of a failed `assert`",
    ),
    op(
        "Call",
        "apply the function {1} to the argument {2}: a lambda, a builtin (partially applied until it has all its arguments), or a set with `__functor`",
    ),
    op(
        "GetUpvalue",
        "push a variable captured by the running closure or thunk",
    ),
    op(
        "Closure",
        "build a closure that captures variables but not itself",
    ),
    op(
        "ThunkClosure",
        "build a closure that refers to itself (through its own binding or a later one of the same scope)",
    ),
    op(
        "ThunkSuspended",
        "build a suspended thunk of a compiled chunk, capturing variables",
    ),
    op(
        "Force",
        "evaluate the thunk {1} to weak head normal form (a no-op for other values); a thunk forced while it runs is infinite recursion",
    ),
    op(
        "Finalise",
        "fill in the captures of a thunk or closure that refer to bindings of its scope made after it",
    ),
    op(
        "Return",
        "end of a chunk (a file, a thunk, a lambda body): its value goes back to the caller",
    ),
    op(
        "Invalid",
        "the enumeration's sentinel; never emitted, executing it is a VM bug",
    ),
];

/// Whether `word` is one of the 48 instruction names.
pub fn is_instruction(word: &str) -> bool {
    INSTRUCTIONS.iter().any(|i| i.name == word)
}

/// The instruction names a text mentions (words starting with a capital letter that are
/// instruction names).
pub fn mentioned(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| is_instruction(w))
        .collect()
}
