using System.CommandLine;
using System.Globalization;
using AttackKb.Stix.Taxii;

namespace AttackKb.Cli.Common;

/// <summary>
/// The options every TAXII command shares: who to be (--user with --password-env, or --token-env: secrets come only
/// from the environment, so they never sit in a shell history, a process listing or a CI log), --insecure-http and
/// --timeout.
/// </summary>
public sealed class TaxiiConnectionOptions
{
    private readonly Option<string?> _user = new("--user") { Description = "HTTP Basic user name" };
    private readonly Option<string?> _passwordEnv = new("--password-env")
    {
        Description = "Name of the environment variable holding the password (never the password itself)",
    };
    private readonly Option<string?> _tokenEnv = new("--token-env")
    {
        Description = "Name of the environment variable holding a bearer token",
    };
    private readonly Option<bool> _insecureHttp = new("--insecure-http")
    {
        Description = "Allow plain http:// to a host that is not loopback (data and credentials unencrypted)",
    };
    private readonly Option<int> _timeout = new("--timeout")
    {
        Description = "Seconds one request, or one wait for the server's status, may take (default 60)",
        DefaultValueFactory = _ => 60,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _user, _passwordEnv, _tokenEnv, _insecureHttp, _timeout })
            command.Options.Add(option);
    }

    /// <summary>Checks <paramref name="url"/> against the http policy; a refused URL is a usage error.</summary>
    public Uri Url(ParseResult parse, string url)
    {
        try
        {
            return TaxiiUrl.Parse(url, parse.GetValue(_insecureHttp));
        }
        catch (TaxiiException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public TaxiiClientOptions ClientOptions(ParseResult parse, TextWriter progress)
    {
        int timeout = parse.GetValue(_timeout);
        if (timeout <= 0) throw new UsageException("--timeout must be a positive number of seconds");
        return new TaxiiClientOptions
        {
            Credentials = Credentials(parse),
            InsecureHttp = parse.GetValue(_insecureHttp),
            Timeout = TimeSpan.FromSeconds(timeout),
            Log = line => progress.WriteLine($"attackkb: {line}"),
        };
    }

    private TaxiiCredentials? Credentials(ParseResult parse)
    {
        string? user = parse.GetValue(_user), passwordEnv = parse.GetValue(_passwordEnv);
        string? tokenEnv = parse.GetValue(_tokenEnv);
        if (tokenEnv is not null)
        {
            if (user is not null || passwordEnv is not null)
                throw new UsageException("give either --token-env or --user with --password-env, not both");
            return TaxiiCredentials.Bearer(Secret(tokenEnv, "--token-env"));
        }
        if (user is null && passwordEnv is null) return null;
        if (user is null || passwordEnv is null)
            throw new UsageException("--user and --password-env go together");
        return TaxiiCredentials.Basic(user, Secret(passwordEnv, "--password-env"));
    }

    /// <summary>The value of an environment variable, by name; the error names the variable, never a value.</summary>
    private static string Secret(string variable, string option) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"{option}: the environment variable '{variable}' is not set or empty"));
}
