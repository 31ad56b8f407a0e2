using System.Net;
using System.Text;
using AttackKb.Stix.Taxii;

namespace AttackKb.Stix.Tests.Taxii;

/// <summary>
/// What the reference server never does, answered by a scripted handler: 429 and 5xx are retried (Retry-After
/// honoured, a too-long one refused), other refusals are not, and the credentials never reach a message.
/// </summary>
public class TaxiiClientRetryTests
{
    private static readonly Uri Url = new("https://taxii.example/kb/collections/c1/manifest/");

    [Fact]
    public void Retries_429_and_503_honouring_retry_after_then_succeeds()
    {
        var handler = new ScriptedHandler(
            Answer(HttpStatusCode.TooManyRequests, retryAfterSeconds: 0),
            Answer(HttpStatusCode.ServiceUnavailable),
            Answer(HttpStatusCode.OK, "{\"objects\":[]}"));
        var log = new List<string>();
        using var client = new TaxiiClient(Options(log), handler);
        var response = client.Get(Url);
        Assert.Equal(200, response.Status);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Contains(log, l => l.Contains("429", StringComparison.Ordinal));
        Assert.All(handler.Requests, r => Assert.Equal("application/taxii+json;version=2.1", r.Accept));
    }

    [Fact]
    public void Gives_up_after_the_last_attempt_naming_the_status()
    {
        var handler = new ScriptedHandler(
            Answer(HttpStatusCode.BadGateway), Answer(HttpStatusCode.BadGateway), Answer(HttpStatusCode.BadGateway));
        using var client = new TaxiiClient(Options(null) with { MaxAttempts = 3 }, handler);
        var e = Assert.Throws<TaxiiException>(() => client.Get(Url));
        Assert.Equal(502, e.Status);
        Assert.Contains("after 3 attempts", e.Message);
        Assert.DoesNotContain("s3cret", e.Message);
    }

    [Fact]
    public void A_retry_after_beyond_the_limit_is_not_waited_for()
    {
        var handler = new ScriptedHandler(Answer(HttpStatusCode.TooManyRequests, retryAfterSeconds: 3600));
        using var client = new TaxiiClient(Options(null), handler);
        var e = Assert.Throws<TaxiiException>(() => client.Get(Url));
        Assert.Contains("retry after 3600 s", e.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void A_refusal_is_not_retried_and_carries_the_servers_explanation()
    {
        var handler = new ScriptedHandler(Answer(HttpStatusCode.Forbidden,
            "{\"title\":\"ProcessingError\",\"description\":\"Forbidden to write collection 'c1'.\"}"));
        using var client = new TaxiiClient(Options(null), handler);
        var e = Assert.Throws<TaxiiException>(() => client.Get(Url));
        Assert.Single(handler.Requests);
        Assert.Contains("403", e.Message);
        Assert.Contains("Forbidden to write collection 'c1'.", e.Message);
        Assert.DoesNotContain("s3cret", e.Message);
    }

    [Theory]
    [InlineData("http://taxii.example/kb/", "refusing plain http://")]
    [InlineData("https://user:pw@taxii.example/kb/", "credentials inside the URL are refused")]
    [InlineData("ftp://taxii.example/kb/", "is not an http(s) URL")]
    public void Urls_that_would_expose_data_or_credentials_are_refused(string url, string message)
    {
        var e = Assert.Throws<TaxiiException>(() => TaxiiUrl.Parse(url, insecureHttp: false));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Loopback_http_and_explicitly_allowed_http_are_accepted()
    {
        Assert.Equal("http://127.0.0.1:9/kb/", TaxiiUrl.Parse("http://127.0.0.1:9/kb", false).AbsoluteUri);
        Assert.Equal("http://taxii.example/kb/", TaxiiUrl.Parse("http://taxii.example/kb/", true).AbsoluteUri);
    }

    private static TaxiiClientOptions Options(List<string>? log) => new()
    {
        Credentials = TaxiiCredentials.Basic("writer", "s3cret"),
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        Log = line => log?.Add(line),
    };

    private static Func<HttpResponseMessage> Answer(
        HttpStatusCode status, string body = "{}", int? retryAfterSeconds = null) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) };
        if (retryAfterSeconds is { } s)
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(s));
        return response;
    };

    /// <summary>Answers requests from a script, recording what was asked.</summary>
    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public List<(string Method, string? Accept)> Requests { get; } = [];

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.Method.Method, request.Headers.NonValidated["Accept"].ToString()));
            return answers[Requests.Count - 1]();
        }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));
    }
}
