# + does not merge sets
{ } + { }
