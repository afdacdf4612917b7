# addErrorContext's frame replaces the usual "while calling" frame of a builtin, and its
# lines are indented like the message's.
builtins.addErrorContext "context one\ncontext two" (throw "thrown")
