using System.Net.Http.Headers;
using System.Text;

namespace AttackKb.Stix.Taxii;

/// <summary>
/// How requests authenticate: HTTP Basic or a bearer token. The secret is kept only inside the header value and
/// <see cref="ToString"/> never shows it, so a credential cannot leak through a log line or an exception message.
/// </summary>
public sealed class TaxiiCredentials
{
    private readonly string _scheme;
    private readonly string _parameter;

    private TaxiiCredentials(string scheme, string parameter, string description)
    {
        _scheme = scheme;
        _parameter = parameter;
        Description = description;
    }

    /// <summary>What the credentials are, without the secret ("user writer", "a bearer token").</summary>
    public string Description { get; }

    public static TaxiiCredentials Basic(string user, string password) => new(
        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)), $"user '{user}'");

    public static TaxiiCredentials Bearer(string token) => new("Bearer", token, "a bearer token");

    public AuthenticationHeaderValue Header => new(_scheme, _parameter);

    public override string ToString() => Description;
}
