namespace AttackKb.Stix.Taxii;

/// <summary>How a <see cref="TaxiiClient"/> talks to a server: who it is, how long it waits, how often it retries.
/// </summary>
public sealed record TaxiiClientOptions
{
    public TaxiiCredentials? Credentials { get; init; }

    /// <summary>The longest one request (or one wait for a pending status) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per request when the server answers 429/5xx or the connection fails.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The first wait between attempts; it doubles each time unless the server sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait a Retry-After header may impose before we give up instead.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Allow plain http:// to a host that is not loopback (credentials and data cross the network in clear).
    /// </summary>
    public bool InsecureHttp { get; init; }

    /// <summary>Progress lines (retries, polling): stderr in the CLI.</summary>
    public Action<string> Log { get; init; } = _ => { };
}
