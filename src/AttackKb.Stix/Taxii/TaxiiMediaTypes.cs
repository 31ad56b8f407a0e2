namespace AttackKb.Stix.Taxii;

/// <summary>
/// The media types TAXII 2.1 requires on every request (spec §1.6.8): servers answer 406 without them.
/// </summary>
public static class TaxiiMediaTypes
{
    public const string Taxii = "application/taxii+json;version=2.1";
    public const string Stix = "application/stix+json;version=2.1";
}
