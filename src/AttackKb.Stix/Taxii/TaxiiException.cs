namespace AttackKb.Stix.Taxii;

/// <summary>
/// A TAXII exchange that failed (refused, unreachable, timed out, malformed answer). The message names the URL and the
/// HTTP status in our words; it never carries credentials (they live only in the request's Authorization header).
/// </summary>
public sealed class TaxiiException(string message, int? status = null) : Exception(message)
{
    /// <summary>The HTTP status the server answered, when there was an answer.</summary>
    public int? Status { get; } = status;
}
