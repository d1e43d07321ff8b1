package org.frontdoor.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The jars the stack runs, as the reactor build leaves them: each service's and the identity
 * provider's runnable jar ({@code <module>/target/<module>-<version>-exec.jar}) and the shared
 * clock's jar. The version is this module's own, so the launcher never picks up a stale build
 * of another.
 */
public record StackArtifacts(Path localClockJar, Path identityJar, Map<FrontDoorService, Path> serviceJars) {

    private static final String BUILD_FROM_ROOT = "Build them from the repository root first: ./mvnw -DskipTests package "
            + "(./run-local.sh does it for you). Tests that run the stack need the whole build from the root: ./mvnw verify.";

    public static StackArtifacts locate(Path repositoryRoot, String version) {
        List<Path> missing = new ArrayList<>();
        Path localClockJar = repositoryRoot.resolve("local-clock/target/local-clock-" + version + ".jar");
        requirePresent(localClockJar, missing);
        Path identityJar = runnableJar(repositoryRoot, LocalIdentity.MODULE_NAME, version);
        requirePresent(identityJar, missing);
        Map<FrontDoorService, Path> serviceJars = new EnumMap<>(FrontDoorService.class);
        for (FrontDoorService service : FrontDoorService.values()) {
            Path jar = runnableJar(repositoryRoot, service.moduleName(), version);
            requirePresent(jar, missing);
            serviceJars.put(service, jar);
        }
        if (!missing.isEmpty()) {
            StringBuilder problem = new StringBuilder(
                    "The local stack runs the services and the identity provider from their packaged jars, and these are missing:");
            missing.forEach(jar -> problem.append(System.lineSeparator()).append("  ").append(jar));
            throw new StackStartFailure(problem.toString(), BUILD_FROM_ROOT);
        }
        return new StackArtifacts(localClockJar, identityJar, Collections.unmodifiableMap(serviceJars));
    }

    private static Path runnableJar(Path repositoryRoot, String module, String version) {
        return repositoryRoot.resolve(module + "/target/" + module + "-" + version + "-exec.jar");
    }

    /** The repository's root: the nearest directory holding the Maven wrapper, from here upwards. */
    public static Path repositoryRootAbove(Path start) {
        for (Path directory = start.toAbsolutePath().normalize(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("mvnw"))) {
                return directory;
            }
        }
        throw new StackStartFailure(
                "Could not find the repository root (a directory holding mvnw) above " + start.toAbsolutePath() + ".",
                "Run the local stack from inside the repository, or set local-stack.repository-root.");
    }

    /** The version this launcher was built as, recorded by the build in build-info.properties. */
    public static String buildVersion() {
        try (InputStream in = StackArtifacts.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/build-info.properties is missing: build local-stack with Maven");
            }
            Properties buildInfo = new Properties();
            buildInfo.load(in);
            return buildInfo.getProperty("build.version");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requirePresent(Path jar, List<Path> missing) {
        if (!Files.isRegularFile(jar)) {
            missing.add(jar);
        }
    }
}
