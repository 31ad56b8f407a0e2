namespace AttackKb.Cli.Tests.Taxii;

/// <summary>
/// A test class's TAXII server, started on first use: a class whose tests are all skipped (no corpus) starts none.
/// </summary>
public class TaxiiTestServer : IDisposable
{
    private readonly Lazy<TaxiiServer> _server;

    public TaxiiTestServer() : this(null) { }

    protected TaxiiTestServer(long? maxContentLength) => _server = new(() => new TaxiiServer(maxContentLength));

    public TaxiiServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated) _server.Value.Dispose();
        GC.SuppressFinalize(this);
    }
}
