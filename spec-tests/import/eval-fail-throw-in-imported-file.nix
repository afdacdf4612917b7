# an error raised while evaluating an imported file
import ./helpers/throws.nix
