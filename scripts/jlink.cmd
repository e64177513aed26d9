@echo off
rem Windows twin of jlink.sh (the same additions to the image; jlink's warning line is not filtered here).
if defined JAVA_HOME (set "JLINK=%JAVA_HOME%\bin\jlink.exe") else (set "JLINK=jlink")
if "%~1"=="--version" (
  "%JLINK%" %*
  exit /b
)
"%JLINK%" %* --add-modules jdk.incubator.vector --add-options " --add-exports=java.base/jdk.internal.module=backproplab"
