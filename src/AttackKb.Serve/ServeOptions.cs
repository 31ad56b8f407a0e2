namespace AttackKb.Serve;

/// <summary>Where `serve` listens: loopback by default; port 0 picks a free one (tests).</summary>
public sealed record ServeOptions(string Host = ServeOptions.Loopback, int Port = 8080)
{
    public const string Loopback = "127.0.0.1";

    /// <summary>Whether <see cref="Host"/> can be reached only from this machine.</summary>
    public bool IsLoopback =>
        Host == "localhost" || (System.Net.IPAddress.TryParse(Host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
