# || requires booleans
false || "yes"
