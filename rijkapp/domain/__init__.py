"""Value types and entities of the domain, in the CAO's own words."""
