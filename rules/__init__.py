"""Default rule packs shipped with the analyser (YAML files beside this module)."""
