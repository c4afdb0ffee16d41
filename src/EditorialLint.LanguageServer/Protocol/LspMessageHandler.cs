using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EditorialLint.LanguageServer.Protocol;

/// <summary>
/// LSP base protocol framing (<c>Content-Length</c> headers) for StreamJsonRpc. Unlike the stock
/// HeaderDelimitedMessageHandler, a frame that is not valid JSON-RPC does not end the connection:
/// it is answered with a JSON-RPC error (parse error, or invalid request when the JSON was fine)
/// and reading continues with the next frame. Header blocks without a usable Content-Length are skipped.
/// </summary>
public sealed class LspMessageHandler : IJsonRpcMessageHandler, IDisposable
{
    /// <summary>Frames above this size are discarded rather than buffered.</summary>
    public const int MaxContentLength = 256 * 1024 * 1024;

    private static readonly byte[] HeaderTerminator = "\r\n\r\n"u8.ToArray();

    private readonly Stream input;
    private readonly Stream output;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly byte[] readBuffer = new byte[64 * 1024];
    private int readStart;
    private int readEnd;

    public LspMessageHandler(Stream input, Stream output, IJsonRpcMessageFormatter formatter)
    {
        this.input = input;
        this.output = output;
        Formatter = formatter;
    }

    /// <summary>Receives a line for the log whenever a frame had to be rejected.</summary>
    public Action<string>? OnProtocolError { get; set; }

    public IJsonRpcMessageFormatter Formatter { get; }

    public bool CanRead => true;

    public bool CanWrite => true;

    public async ValueTask<JsonRpcMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var contentLength = await ReadHeadersAsync(cancellationToken).ConfigureAwait(false);
            if (contentLength is null)
            {
                return null;
            }
            if (contentLength < 0 || contentLength > MaxContentLength)
            {
                OnProtocolError?.Invoke($"Skipped a frame with an unusable Content-Length ({contentLength}).");
                if (contentLength > 0 && !await SkipAsync(contentLength.Value, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
                continue;
            }
            var body = new byte[contentLength.Value];
            if (!await ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
            var message = TryDeserialize(body, out var error);
            if (message is JsonRpcRequest { Method: null or "" })
            {
                // StreamJsonRpc ends the whole connection on a request without a method name ("Method must be
                // set"): one bad message would take the server down. Answer it as an invalid request instead.
                error = Classify(body, new InvalidOperationException("a request needs a method name"));
                message = null;
            }

            if (message is not null)
            {
                return message;
            }
            OnProtocolError?.Invoke(error.Message);
            await WriteRawErrorAsync(error, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask WriteAsync(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Formatter.Serialize(buffer, content);
        await WriteFrameAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => writeLock.Dispose();

    private JsonRpcMessage? TryDeserialize(byte[] body, out FrameError error)
    {
        try
        {
            error = default;
            return Formatter.Deserialize(new ReadOnlySequence<byte>(body));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error = Classify(body, ex);
            return null;
        }
    }

    private static FrameError Classify(byte[] body, Exception exception)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            string? id = null;
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var idElement)
                && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            {
                id = idElement.GetRawText();
            }
            return new FrameError(LspErrorCodes.InvalidRequest, id, $"Invalid JSON-RPC message: {exception.Message}");
        }
        catch (JsonException)
        {
            return new FrameError(LspErrorCodes.ParseError, null, $"Parse error: {exception.Message}");
        }
    }

    private async Task WriteRawErrorAsync(FrameError error, CancellationToken cancellationToken)
    {
        var code = error.Code.ToString(CultureInfo.InvariantCulture);
        var text = "{\"jsonrpc\":\"2.0\",\"id\":" + (error.Id ?? "null") + ",\"error\":{\"code\":" + code
            + ",\"message\":" + JsonSerializer.Serialize(error.Message) + "}}";
        await WriteFrameAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Reads one header block. Returns null at end of input, -1 when no Content-Length was given.</summary>
    private async Task<long?> ReadHeadersAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var end = IndexOf(HeaderTerminator);
            if (end >= 0)
            {
                var block = Encoding.ASCII.GetString(readBuffer, readStart, end - readStart);
                readStart = end + HeaderTerminator.Length;
                if (string.IsNullOrWhiteSpace(block))
                {
                    continue;
                }
                return ParseContentLength(block);
            }
            if (readStart == 0 && readEnd == readBuffer.Length)
            {
                // A "header" larger than the buffer is garbage: drop it and resynchronise.
                OnProtocolError?.Invoke("Skipped an oversized header block.");
                readStart = readEnd = 0;
            }
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }
    }

    private static long ParseContentLength(string block)
    {
        foreach (var line in block.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return length;
            }
        }
        return -1;
    }

    private int IndexOf(byte[] pattern)
    {
        var index = readBuffer.AsSpan(readStart, readEnd - readStart).IndexOf(pattern);
        return index < 0 ? -1 : readStart + index;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (readStart > 0)
        {
            Buffer.BlockCopy(readBuffer, readStart, readBuffer, 0, readEnd - readStart);
            readEnd -= readStart;
            readStart = 0;
        }
        var read = await input.ReadAsync(readBuffer.AsMemory(readEnd), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return false;
        }
        readEnd += read;
        return true;
    }

    private async Task<bool> ReadExactlyAsync(byte[] target, CancellationToken cancellationToken)
    {
        var filled = Math.Min(target.Length, readEnd - readStart);
        Buffer.BlockCopy(readBuffer, readStart, target, 0, filled);
        readStart += filled;
        while (filled < target.Length)
        {
            var read = await input.ReadAsync(target.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }
            filled += read;
        }
        return true;
    }

    private async Task<bool> SkipAsync(long count, CancellationToken cancellationToken)
    {
        var buffered = Math.Min(count, readEnd - readStart);
        readStart += (int)buffered;
        count -= buffered;
        var scratch = new byte[8192];
        while (count > 0)
        {
            var read = await input.ReadAsync(scratch.AsMemory(0, (int)Math.Min(scratch.Length, count)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }
            count -= read;
        }
        return true;
    }

    private readonly record struct FrameError(int Code, string? Id, string Message);
}
