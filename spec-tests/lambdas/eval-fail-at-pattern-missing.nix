# @ does not relax the requirement for formals
(args@{ a }: args) { }
