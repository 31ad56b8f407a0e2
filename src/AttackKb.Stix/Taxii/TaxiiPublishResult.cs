namespace AttackKb.Stix.Taxii;

/// <summary>What happened to one object a publish tried to post.</summary>
/// <param name="Message">Why it failed (the server's status message, or why it was never sent); null on success.
/// </param>
public sealed record PublishOutcome(string Id, string Version, bool Succeeded, string? Message);

/// <summary>The outcome of a publish: what was already there, what was posted, what failed and why.</summary>
public sealed record TaxiiPublishResult(
    int Total,
    int UpToDate,
    int NewerOnServer,
    int Envelopes,
    IReadOnlyList<PublishOutcome> Outcomes,
    string? Error)
{
    public int Posted => Outcomes.Count(o => o.Succeeded);
    public int Failed => Outcomes.Count(o => !o.Succeeded);
    public bool Ok => Error is null && Failed == 0;
}
