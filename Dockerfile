# syntax=docker/dockerfile:1
# One image recipe for every module that runs: the four services and local-identity.
#   docker build --build-arg SERVICE=triage-service .
# Each builds to <module>-<version>-exec.jar (spring-boot-maven-plugin repackage, classifier exec).
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
# Compose builds every image at once: they share one Maven repository cache, locked because
# concurrent Maven runs may corrupt a shared local repository.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -q -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
# curl serves the compose health checks.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 frontdoor && mkdir -p /var/lib/frontdoor && chown frontdoor /var/lib/frontdoor
USER frontdoor
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /opt/frontdoor/service.jar
ENV FRONTDOOR_STATE_DIR=/var/lib/frontdoor/state
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/frontdoor/service.jar"]
