# keywords cannot be bound as variables
let if = 1; in if
