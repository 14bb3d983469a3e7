# syntax=docker/dockerfile:1
# Docket: one image for every role (DOCKET_ROLES=web, worker, or web,worker).

# ---- build: Maven runs `npm ci` to fetch the browser libraries, then shades everything into one jar
FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so editing sources does not re-download them.
COPY pom.xml package.json package-lock.json ./
RUN mvn -B -q dependency:go-offline || true
COPY src ./src
COPY webroot ./webroot
RUN mvn -B -DskipTests package

# ---- runtime: a JRE plus the metric-compatible fonts the converters map Office fonts to
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2 fonts-dejavu-core fonts-wqy-microhei \
      fontconfig \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system docket \
 && useradd --system --gid docket --home-dir /app --shell /usr/sbin/nologin docket \
 && mkdir -p /app /data \
 && chown docket:docket /data
COPY --from=build /src/target/docket.jar /app/docket.jar
# Containers get 25% of their memory limit for the heap by default; conversions want most of it. A JVM
# that runs out of memory exits (and is restarted) rather than limping on: its job is recovered by the reaper.
ENV DOCKET_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true"
USER docket
WORKDIR /app
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/docket.jar"]
