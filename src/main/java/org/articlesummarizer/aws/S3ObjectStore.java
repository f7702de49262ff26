package org.articlesummarizer.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link ObjectStore} over Amazon S3 or any S3-compatible server. */
public final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;

    public S3ObjectStore(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * A client for the function: the URLConnection HTTP client (the smallest), credentials from
     * the environment inside Lambda (the fastest), and path-style access when an endpoint
     * override points at an S3-compatible server (MinIO, LocalStack, S3Proxy).
     */
    public static S3Client client(URI endpointOverride) {
        String region = System.getenv("AWS_REGION");
        if (region == null || region.isBlank()) region = System.getenv("AWS_DEFAULT_REGION");
        AwsCredentialsProvider credentials = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null
                ? EnvironmentVariableCredentialsProvider.create()
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
                .credentialsProvider(credentials);
        if (endpointOverride != null) {
            // S3-compatible servers often lack the newer default checksum headers; send them only when required
            builder.endpointOverride(endpointOverride).forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    @Override
    public StoredObject get(String bucket, String key, long maxBytes) {
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).build();
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request)) {
            GetObjectResponse response = in.response();
            Long length = response.contentLength();
            if (length != null && length > maxBytes) {
                in.abort();
                throw new ObjectTooLargeException(length, maxBytes);
            }
            byte[] bytes = readCapped(in, maxBytes);
            return new StoredObject(bytes, response.contentType(), unquote(response.eTag()), response.versionId());
        } catch (NoSuchKeyException e) {
            throw new ObjectNotFoundException("s3://" + bucket + "/" + key + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }

    @Override
    public Map<String, String> metadata(String bucket, String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
            return head.metadata();
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return null;
            throw e;
        }
    }

    @Override
    public void put(String bucket, String key, byte[] body, String contentType, Map<String, String> userMetadata) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType)
                .metadata(userMetadata).build(), RequestBody.fromBytes(body));
    }

    @Override
    public void delete(String bucket, String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    private static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + (long) n > maxBytes) throw new ObjectTooLargeException(out.size() + (long) n, maxBytes);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String unquote(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
