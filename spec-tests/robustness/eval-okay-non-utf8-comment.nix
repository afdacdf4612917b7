# a comment with ÿ in it
/* and þý here */ 1
