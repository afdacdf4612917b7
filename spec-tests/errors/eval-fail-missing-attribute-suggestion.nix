# a near-miss attribute name gets a suggestion
let s = { version = 1; }; in s.verison
