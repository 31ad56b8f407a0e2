using System.Globalization;
using System.Net;
using System.Text.Json;

namespace AttackKb.Stix.Taxii;

/// <summary>
/// The HTTP side of TAXII 2.1: the required media types, authentication, retries with backoff on 429/5xx and failed
/// connections (honouring Retry-After), a clear timeout, and failures explained in our words (status, the server's
/// own title/description, what to check). TLS is validated by the platform; there is deliberately no way to turn that
/// off. Synchronous: the CLI runs one exchange at a time and the server's order matters (post, then poll).
/// </summary>
public sealed class TaxiiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly TaxiiClientOptions _options;

    public TaxiiClient(TaxiiClientOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false }, disposeHandler: true)
        {
            Timeout = options.Timeout,
        };
    }

    public TaxiiClientOptions Options => _options;

    /// <summary>GET a TAXII resource; <paramref name="url"/> must have passed <see cref="TaxiiUrl.Parse"/>.</summary>
    public TaxiiResponse Get(Uri url) => Send(HttpMethod.Get, url, null);

    /// <summary>POST an envelope (<c>{"objects":[…]}</c>) to a collection's objects resource.</summary>
    public TaxiiResponse Post(Uri url, byte[] envelope) => Send(HttpMethod.Post, url, envelope);

    private TaxiiResponse Send(HttpMethod method, Uri url, byte[]? body)
    {
        var delay = _options.RetryDelay;
        for (int attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            // Sent exactly as the spec writes it: the typed header would add a space after ';', which strict
            // servers compare as a different media type.
            request.Headers.TryAddWithoutValidation("Accept", TaxiiMediaTypes.Taxii);
            if (_options.Credentials is { } credentials) request.Headers.Authorization = credentials.Header;
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.TryAddWithoutValidation("Content-Type", TaxiiMediaTypes.Taxii);
            }
            string what = $"{method} {url}";
            HttpResponseMessage response;
            try
            {
                response = _http.Send(request);
            }
            catch (TaskCanceledException)
            {
                throw new TaxiiException(
                    $"{what}: no answer within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"
                    + " (--timeout)");
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.SecureConnectionError)
            {
                throw new TaxiiException($"{what}: TLS failed (the server's certificate is not trusted?): "
                    + (e.InnerException?.Message ?? e.Message));
            }
            catch (HttpRequestException e)
            {
                if (attempt >= _options.MaxAttempts)
                    throw new TaxiiException($"{what}: cannot reach the server after {attempt} attempts: {e.Message}");
                _options.Log($"{what}: {e.Message}; retrying in {Seconds(delay)} s");
                Thread.Sleep(delay);
                delay *= 2;
                continue;
            }
            using (response)
            {
                byte[] bytes = ReadBody(response);
                int status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode) return Parse(what, response, bytes);
                bool transient = status == 429 || status >= 500;
                if (!transient || attempt >= _options.MaxAttempts)
                    throw new TaxiiException(TaxiiFailure.Describe(what, response, bytes, attempt), status);
                var wait = RetryAfter(response) ?? delay;
                if (wait > _options.MaxRetryAfter)
                    throw new TaxiiException(
                        $"{what}: {status} and the server asks to retry after {Seconds(wait)} s; try again later",
                        status);
                _options.Log($"{what}: {status} {response.ReasonPhrase}; retrying in {Seconds(wait)} s");
                Thread.Sleep(wait);
                delay *= 2;
            }
        }
    }

    private static byte[] ReadBody(HttpResponseMessage response)
    {
        using var stream = response.Content.ReadAsStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static TaxiiResponse Parse(string what, HttpResponseMessage response, byte[] bytes)
    {
        JsonElement body;
        try
        {
            using var doc = JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
            body = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new TaxiiException($"{what}: the answer is not JSON ({e.Message}); is this a TAXII 2.1 URL?");
        }
        string? added = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values)
            ? values.FirstOrDefault() : null;
        return new TaxiiResponse((int)response.StatusCode, body, added);
    }

    /// <summary>Retry-After as seconds or as an HTTP date (RFC 9110 §10.2.3).</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retry) return null;
        if (retry.Delta is { } delta) return delta;
        if (retry.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    public void Dispose() => _http.Dispose();
}
