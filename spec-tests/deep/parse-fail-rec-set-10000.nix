rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
rec { a =
1
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
; }
