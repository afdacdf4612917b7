# && binds tighter than ||
true || false && false
