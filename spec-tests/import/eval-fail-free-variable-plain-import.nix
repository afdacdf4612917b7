# a file with free variables cannot be imported without a scope
import ./helpers/free-variable.nix
